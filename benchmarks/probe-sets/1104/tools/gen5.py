"""p1104-5: Báo Hà Tĩnh (Party newspaper), heat-stroke patients, June 2023; byline + bare date at the end."""
from lib import F, P, I, build

TEXT = """Bệnh nhân say nắng, sốc nhiệt nhập viện tăng mạnh

Những ngày qua, nắng nóng gay gắt với nhiệt độ ngoài trời 38-40 độ C khiến số người bị say nắng, sốc nhiệt phải đến các cơ sở y tế ở Hà Tĩnh tăng cao.

Theo thống kê của Bệnh viện Đa khoa tỉnh, từ đầu tháng 6 đến nay, đơn vị đã tiếp nhận 64 ca say nắng, sốc nhiệt, trong đó 19 ca phải nhập viện điều trị nội trú, 3 ca nguy kịch phải thở máy. Số ca nhập viện gấp 2,1 lần cùng kỳ năm 2022.

Bác sĩ Trần Văn Hùng, Trưởng khoa Hồi sức tích cực - Chống độc cho biết, bệnh nhân phần lớn là người lao động ngoài trời như công nhân xây dựng, nông dân; người trên 60 tuổi chiếm khoảng 45% số ca. Nhiều trường hợp nhập viện với thân nhiệt trên 40 độ C, kèm rối loạn ý thức. Chi phí điều trị mỗi ca nội trú bình quân từ 4 đến 6 triệu đồng. Điển hình, ngày 14/6, một nam công nhân 52 tuổi làm việc trên công trình ở Quốc lộ 1A đoạn qua huyện Cẩm Xuyên bị ngất, thân nhiệt đo được 41,5 độ C.

Tại Trung tâm Y tế huyện Hương Khê, nơi nhiệt độ có ngày lên tới 41,8 độ C, từ ngày 1/6 đến ngày 17/6 đã sơ cứu, điều trị 27 trường hợp say nắng.

Sở Y tế đã chỉ đạo 13 trung tâm y tế tuyến huyện và 208 trạm y tế xã chuẩn bị sẵn cơ số thuốc, dịch truyền. Ngành Y tế khuyến cáo người dân hạn chế ra ngoài từ 10 giờ đến 16 giờ, uống đủ 2-2,5 lít nước mỗi ngày; khi phát hiện người bị say nắng cần đưa vào chỗ mát và gọi cấp cứu 115.

THU HÀ
19/6/2023
"""

JUNE = P("từ đầu tháng 6 đến nay", "2023-06-01", "2023-06-19")
FIGS = [
    F("ngoài trời 38-40 độ C", "38", 38, "measure", "độ C", "nhiệt độ ngoài trời", value_max=40),
    F("tiếp nhận 64 ca", "64", 64, "count", "ca", "ca say nắng, sốc nhiệt", JUNE),
    F("trong đó 19 ca", "19", 19, "count", "ca", "ca say nắng, sốc nhiệt phải nhập viện điều trị nội trú", JUNE, total=64),
    F("3 ca nguy kịch", "3", 3, "count", "ca", "ca nguy kịch phải thở máy", JUNE, total=64),
    F("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần", "số ca nhập viện so với cùng kỳ năm 2022", I(JUNE)),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "ngưỡng tuổi", approx="over", optional=True),
    F("khoảng 45% số ca", "45", 45, "percent", "%", "người trên 60 tuổi trong số ca say nắng, sốc nhiệt",
      approx="about"),
    F("thân nhiệt trên 40 độ C", "40", 40, "measure", "độ C", "thân nhiệt bệnh nhân khi nhập viện", approx="over"),
    F("từ 4 đến 6 triệu đồng", "4", 4e6, "money", "đồng/ca", "chi phí điều trị mỗi ca nội trú bình quân",
      value_max=6e6),
    F("công nhân 52 tuổi", "52", 52, "measure", "tuổi", "tuổi bệnh nhân", optional=True),
    F("đo được 41,5 độ C", "41,5", 41.5, "measure", "độ C", "thân nhiệt nam công nhân bị ngất",
      P("ngày 14/6", "2023-06-14", "2023-06-14"), location="Cẩm Xuyên"),
    F("lên tới 41,8 độ C", "41,8", 41.8, "measure", "độ C", "nhiệt độ", location="Hương Khê"),
    F("điều trị 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp say nắng được sơ cứu, điều trị",
      P("từ ngày 1/6 đến ngày 17/6", "2023-06-01", "2023-06-17"), location="Hương Khê"),
    F("chỉ đạo 13 trung tâm", "13", 13, "count", "trung tâm y tế", "trung tâm y tế tuyến huyện"),
    F("208 trạm y tế", "208", 208, "count", "trạm y tế", "trạm y tế xã"),
    F("uống đủ 2-2,5 lít", "2", 2, "measure", "lít/ngày", "lượng nước khuyến cáo uống mỗi ngày", value_max=2.5,
      optional=True),
]

NOTES = [
    "Báo Hà Tĩnh (Party newspaper): byline 'THU HÀ' and the bare date '19/6/2023' at the end → published 2023-06-19.",
    "'từ đầu tháng 6 đến nay' has no year: it takes 2023 from published (nothing dated stands before it) and ends at published.",
    "'trong đó 19 ca ..., 3 ca nguy kịch' are both parts after the cue, total 64. 'Số ca nhập viện gấp 2,1 lần cùng kỳ' is the",
    "claim of its sentence → multiple. 'người trên 60 tuổi chiếm khoảng 45% số ca' is a share of a subgroup (own percent figure);",
    "the age threshold 'trên 60 tuổi' and the patient's age '52 tuổi' are optional, and so is the advice '2-2,5 lít nước mỗi ngày'.",
    "'mỗi ca ... từ 4 đến 6 triệu đồng' is a per-case amount: unit đồng/ca. The worker's body temperature is located at Cẩm Xuyên",
    "(the district the incident happened in); Hương Khê's figures are the district's.",
    "Not figures: 'Quốc lộ 1A', 'cấp cứu 115', '10 giờ đến 16 giờ', 'năm 2022' in the baseline.",
]

build("p1104-5", TEXT, FIGS, NOTES, published="2023-06-19", location="Hà Tĩnh")
