// The levels of downward lineage: the first always, each deeper one only when the request's
// depth reaches it (flags lineageLevel2..10 = depth >= n; src/api/loaders.ts lineageLevels), so
// a shallow lineage is planned and run as a small query (planning grows with the levels).
//#include api-part-lineage-down
//#if lineageLevel2
//#include api-part-lineage-down
//#end
//#if lineageLevel3
//#include api-part-lineage-down
//#end
//#if lineageLevel4
//#include api-part-lineage-down
//#end
//#if lineageLevel5
//#include api-part-lineage-down
//#end
//#if lineageLevel6
//#include api-part-lineage-down
//#end
//#if lineageLevel7
//#include api-part-lineage-down
//#end
//#if lineageLevel8
//#include api-part-lineage-down
//#end
//#if lineageLevel9
//#include api-part-lineage-down
//#end
//#if lineageLevel10
//#include api-part-lineage-down
//#end
