"""p991-6: national newspaper (VnExpress style), a charity-funded suspension bridge in Kon Tum and the fund's national totals."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông

Thứ tư, 11/12/2024, 14:30 (GMT+7)

Cầu treo thay thuyền độc mộc ở làng Kon Pring

Kon Tum - Cầu treo làng Kon Pring (xã Đăk Pxi, huyện Đăk Hà) dài 112 m, rộng 2 m, vừa được khánh thành sau 8 tháng thi công, thay chiếc thuyền độc mộc mà hơn 600 người dân trong làng vẫn dùng để qua sông.

Công trình có tổng kinh phí 3,4 tỷ đồng, trong đó Quỹ Nối nhịp yêu thương tài trợ 2,5 tỷ đồng, phần còn lại do ngân sách huyện đối ứng. Người dân góp hơn 1.200 ngày công san lấp mặt bằng, vận chuyển vật liệu.

Ông A Thiên, Chủ tịch UBND xã Đăk Pxi, kể mùa mưa nước sông dâng cao 4-5 m, nhiều năm có người bị nước cuốn khi qua sông. "Từ nay học sinh không phải nghỉ học mỗi khi lũ về", ông nói.

Theo ban điều hành quỹ, từ năm 2016 đến nay, quỹ đã tài trợ xây dựng 214 cầu treo tại 19 tỉnh miền núi với tổng số tiền trên 410 tỷ đồng. Riêng năm 2024, quỹ khởi công 36 cầu, gấp 1,5 lần năm 2023; số tiền tài trợ bình quân khoảng 1,9 tỷ đồng mỗi cầu. Nhà tài trợ lớn nhất đã đóng góp 52 tỷ đồng, chiếm 12,7% tổng số tiền.

Tỉnh Kon Tum hiện có 157 cầu treo, trong đó 38 cầu đã khai thác trên 15 năm, xuống cấp cần thay thế. Theo kế hoạch, giai đoạn 2025-2027 tỉnh sẽ thay ít nhất 20 cầu treo, vốn dự kiến 60-70 tỷ đồng, ưu tiên các huyện Tu Mơ Rông, Đăk Glei, Kon Plông.

Đình Văn
"""

FROM = P("từ năm 2016 đến nay", "2016-01-01", "2024-12-11")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
FIG = [
    F("dài 112 m", "112", 112, "measure", "m", "chiều dài cầu treo làng Kon Pring", location="Đăk Hà"),
    F("rộng 2 m", "2", 2, "measure", "m", "chiều rộng cầu treo làng Kon Pring", location="Đăk Hà"),
    F("sau 8 tháng", "8", 8, "measure", "tháng", "thời gian thi công", location="Đăk Hà"),
    F("hơn 600 người", "600", 600, "count", "người dân", "người dân dùng thuyền độc mộc qua sông", approx="over",
      location="Đăk Hà"),
    F("kinh phí 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", "tổng kinh phí công trình", location="Đăk Hà"),
    F("tài trợ 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", "Quỹ Nối nhịp yêu thương tài trợ", total=3.4e9,
      location="Đăk Hà"),
    F("hơn 1.200 ngày công", "1.200", 1200, "count", "ngày công", "ngày công người dân đóng góp", approx="over",
      location="Đăk Hà"),
    F("dâng cao 4-5 m", "4", 4, "measure", "m", "mực nước sông dâng cao mùa mưa", value_max=5, location="Đăk Hà"),
    F("xây dựng 214 cầu", "214", 214, "count", "cầu treo", "cầu treo quỹ tài trợ xây dựng", FROM,
      location="Việt Nam"),
    F("tại 19 tỉnh", "19", 19, "count", "tỉnh", "tỉnh miền núi có cầu treo quỹ tài trợ", FROM, location="Việt Nam"),
    F("trên 410 tỷ đồng", "410", 410e9, "money", "đồng", "tổng số tiền tài trợ", FROM, approx="over",
      location="Việt Nam"),
    F("khởi công 36 cầu", "36", 36, "count", "cầu", "cầu quỹ khởi công", Y24,
      change=C("increase", 1.5, "lần", "năm 2023"), location="Việt Nam"),
    F("khoảng 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng/cầu", "số tiền tài trợ bình quân mỗi cầu", Y24,
      approx="about", location="Việt Nam"),
    F("đóng góp 52 tỷ đồng", "52", 52e9, "money", "đồng", "nhà tài trợ lớn nhất đóng góp", percent=12.7,
      location="Việt Nam"),
    F("có 157 cầu treo", "157", 157, "count", "cầu treo", "cầu treo hiện có"),
    F("38 cầu", "38", 38, "count", "cầu", "cầu xuống cấp cần thay thế", total=157),
    F("trên 15 năm", "15", 15, "measure", "năm", "thời gian khai thác", approx="over", optional=True),
    F("ít nhất 20 cầu", "20", 20, "count", "cầu treo", "cầu treo thay thế", G, approx="at_least", status="target"),
    F("dự kiến 60-70 tỷ", "60", 60e9, "money", "đồng", "vốn thay cầu treo", G, value_max=70e9, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), Thứ tư, 11/12/2024, 14:30 (GMT+7); byline at the end. Article location Kon Tum.",
    "The Kon Pring bridge lies in huyện Đăk Hà -> its figures located Đăk Hà. The fund's totals over 19 provinces -> Việt Nam.",
    "'khởi công 36 cầu, gấp 1,5 lần năm 2023' -> change (increase 1.5 lần) of 36, not a multiple figure (it is attached to a count).",
    "'52 tỷ đồng, chiếm 12,7% tổng số tiền' -> percent 12.7; no total (the whole is only named, 'tổng số tiền', in a share phrase, not stated).",
    "'8 tháng thi công' and 'dâng cao 4-5 m' are measures (the duration is the claim). 'trên 15 năm' (age threshold) optional.",
    "'Theo kế hoạch ... sẽ thay ít nhất 20 cầu' -> target; 'vốn dự kiến 60-70 tỷ' -> forecast, range.",
    "Distractors: 14:30 (GMT+7), Thứ tư, names A Thiên / Đình Văn, Quỹ name.",
]

write("p991-6", TEXT, FIG, NOTES, published="2024-12-11", location="Kon Tum")
