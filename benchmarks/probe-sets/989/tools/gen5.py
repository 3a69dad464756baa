"""p989-5: Báo Tuyên Quang, household BHYT in xã Thái Sơn (Hàm Yên) after lương cơ sở rises, 2023."""
from lib import F, P, I, C, T, write

TEXT = """Giữ thẻ BHYT hộ gia đình khi mức đóng tăng

Từ ngày 1/7/2023, mức lương cơ sở tăng lên 1.800.000 đồng/tháng theo Nghị định số 24/2023/NĐ-CP, kéo theo mức đóng BHYT hộ gia đình tăng. Với nhiều gia đình ở xã Thái Sơn, huyện Hàm Yên, đây là khoản chi không nhỏ.

Theo quy định, người thứ nhất trong hộ đóng bằng 4,5% mức lương cơ sở, tức 972.000 đồng/năm, tăng 167.400 đồng so với trước ngày 1/7/2023. Người thứ hai đóng bằng 70% mức đóng của người thứ nhất (680.400 đồng/năm), người thứ ba bằng 60%, người thứ tư bằng 50% và từ người thứ năm trở đi bằng 40%.

Gia đình ông Triệu Văn Sáu ở thôn 4, xã Thái Sơn có 5 nhân khẩu, mỗi năm phải đóng hơn 3,1 triệu đồng để cả nhà có thẻ BHYT. Ông Sáu cho biết, năm nay mùa cam được giá nên gia đình vẫn mua đủ thẻ cho các thành viên.

Toàn xã Thái Sơn hiện có 5.992 người tham gia BHYT, đạt tỷ lệ 96,4% dân số; trong đó có 1.108 người tham gia theo hình thức hộ gia đình. 6 tháng đầu năm 2023, BHXH huyện Hàm Yên phát triển mới 412 người tham gia BHYT hộ gia đình, nâng tổng số trên toàn huyện lên 9.460 người, giảm 5,2% so với cùng kỳ năm 2022.

Bà Hoàng Thị Lan, Giám đốc BHXH huyện cho biết, huyện đã phối hợp với Bưu điện huyện cử 38 nhân viên thu đến từng thôn, bản dọc Quốc lộ 2 để thu tiền và trả thẻ tại nhà. Tỷ lệ bao phủ BHYT toàn tỉnh Tuyên Quang hiện đạt 97,1%, thuộc nhóm cao của cả nước.

Người dân có thể tra cứu thông tin thẻ qua ứng dụng VssID hoặc gọi tổng đài 1900.9068.

Vũ Linh
18/08/2023
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
FROM = P("Từ ngày 1/7/2023", "2023-07-01", None)

FIGS = [
    F("tăng lên 1.800.000 đồng/tháng", "1.800.000", 1800000, "money", "đồng/tháng", "mức lương cơ sở", FROM,
      location="Việt Nam"),
    F("bằng 4,5% mức lương", "4,5", 4.5, "percent", "%", "mức đóng BHYT hộ gia đình của người thứ nhất", location="Việt Nam"),
    F("tức 972.000 đồng/năm", "972.000", 972000, "money", "đồng/năm", "mức đóng BHYT hộ gia đình của người thứ nhất",
      change=C("increase", 167400, "đồng", "trước ngày 1/7/2023"), location="Việt Nam"),
    F("bằng 70% mức đóng", "70", 70, "percent", "%", "mức đóng BHYT hộ gia đình của người thứ hai so với người thứ nhất", location="Việt Nam"),
    F("(680.400 đồng/năm)", "680.400", 680400, "money", "đồng/năm", "mức đóng BHYT hộ gia đình của người thứ hai", location="Việt Nam"),
    F("bằng 60%", "60", 60, "percent", "%", "mức đóng BHYT hộ gia đình của người thứ ba so với người thứ nhất", location="Việt Nam"),
    F("bằng 50%", "50", 50, "percent", "%", "mức đóng BHYT hộ gia đình của người thứ tư so với người thứ nhất", location="Việt Nam"),
    F("bằng 40%", "40", 40, "percent", "%", "mức đóng BHYT hộ gia đình từ người thứ năm trở đi so với người thứ nhất", location="Việt Nam"),
    F("có 5 nhân khẩu", "5", 5, "count", "nhân khẩu", "nhân khẩu của gia đình ông Triệu Văn Sáu", optional=True),
    F("hơn 3,1 triệu đồng", "3,1", 3.1e6, "money", "đồng", "tiền đóng BHYT hộ gia đình mỗi năm của gia đình ông Triệu Văn Sáu",
      approx="over"),
    F("có 5.992 người", "5.992", 5992, "count", "người", "người tham gia BHYT", percent=96.4),
    F("có 1.108 người", "1.108", 1108, "count", "người", "người tham gia BHYT theo hình thức hộ gia đình",
      total=5992),
    F("phát triển mới 412 người", "412", 412, "count", "người", "người tham gia BHYT hộ gia đình phát triển mới", H1),
    F("lên 9.460 người", "9.460", 9460, "count", "người", "người tham gia BHYT hộ gia đình toàn huyện", H1,
      change=C("decrease", 5.2, "%", "cùng kỳ năm 2022")),
    F("cử 38 nhân viên", "38", 38, "count", "nhân viên", "nhân viên bưu điện thu tiền BHYT tại thôn, bản"),
    F("hiện đạt 97,1%", "97,1", 97.1, "percent", "%", "tỷ lệ bao phủ BHYT toàn tỉnh", location="Tuyên Quang"),
]

NOTES = [
    "Báo Tuyên Quang (Party/provincial paper): household BHYT contributions after lương cơ sở rose on 1/7/2023; xã Thái Sơn, huyện Hàm Yên.",
    "Byline 'Vũ Linh' and bare date '18/08/2023' at the end give `published`.",
    "Distractors: Nghị định số 24/2023/NĐ-CP, 'ngày 1/7/2023', ordinals 'người thứ nhất … thứ năm', 'thôn 4', 'Triệu Văn Sáu', 'Quốc lộ 2',",
    "'năm nay', the hotline 1900.9068, the app name VssID.",
    "The commune is a place: it stays out of the subject and goes to location at district level.",
    "Location: the commune lies in Hàm Yên, so commune and district figures are 'Hàm Yên'; 'toàn tỉnh Tuyên Quang' is 'Tuyên Quang';",
    "levels fixed by national law and stated without a place (lương cơ sở, the BHYT contribution rates and amounts per member) describe Việt Nam. 'Từ ngày 1/7/2023' is an open period (start only).",
    "'bằng 70% mức đóng của người thứ nhất (680.400 đồng/năm)': the 70% stands before the money and no figure precedes it,",
    "so both are figures; the bracketed amount is the 70% expressed in money, not a share of anything.",
    "'tăng 167.400 đồng so với trước ngày 1/7/2023' is the change of 972.000 đồng/năm. '5 nhân khẩu' (the example household): optional.",
    "'hiện' gives no period (the brief's set 786 convention). 1.108 follows 'trong đó' after 5.992 (same people): total.",
]

write("p989-5", TEXT, NOTES, FIGS, published="2023-08-18", location="Hàm Yên")
