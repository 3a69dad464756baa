"""p641-5: Party newspaper (Báo Kon Tum) — kiểm toán Chương trình MTQG giảm nghèo bền vững 2021-2023."""
from lib import F, P, I, CH, emit

TEXT = """Báo Kon Tum điện tử
Kinh tế - Xã hội

Kiểm toán Chương trình giảm nghèo bền vững: kiến nghị xử lý tài chính hơn 21 tỷ đồng

Ngày 17/5, Kiểm toán Nhà nước khu vực XII thông báo kết quả kiểm toán việc quản lý, sử dụng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2023 trên địa bàn tỉnh Kon Tum.

Theo Đoàn kiểm toán, tổng vốn giao cho tỉnh giai đoạn 2021-2023 là 1.528,6 tỷ đồng, trong đó vốn đầu tư phát triển 912,4 tỷ đồng, vốn sự nghiệp 616,2 tỷ đồng. Đến ngày 31/1/2024, các đơn vị đã giải ngân 1.187,3 tỷ đồng, đạt 77,7% kế hoạch; số vốn phải hủy dự toán, nộp trả ngân sách trung ương là 46,85 tỷ đồng.

Nhờ nguồn lực của Chương trình, tỷ lệ hộ nghèo của tỉnh giảm từ 20,34% năm 2021 xuống còn 14,71% năm 2023. Bình quân mỗi năm, tỷ lệ hộ nghèo giảm 2,81%.

Tuy vậy, kiểm toán phát hiện 214 hộ được hỗ trợ không đúng đối tượng với số tiền 3,14 tỷ đồng, tập trung ở các huyện Kon Plông (1,25 tỷ đồng), Tu Mơ Rông (980 triệu đồng) và Đăk Glei (715 triệu đồng). Một số dự án hỗ trợ phát triển sản xuất có tỷ lệ hộ bỏ cuộc từ 15 đến 25%.

Qua kiểm toán, Kiểm toán Nhà nước kiến nghị xử lý tài chính 21,34 tỷ đồng, trong đó thu hồi nộp ngân sách nhà nước 3,92 tỷ đồng; kiến nghị sửa đổi, bổ sung 4 văn bản quy định về định mức hỗ trợ; kiểm điểm trách nhiệm 11 tập thể và 23 cá nhân. Đoàn kiểm toán cũng chuyển hồ sơ hai vụ việc sang Cơ quan Cảnh sát điều tra Công an tỉnh để xem xét theo quy định.

Phát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh cam kết chỉ đạo thực hiện đầy đủ các kiến nghị trong quý III/2024.

NGỌC THẢO
20/05/2024
"""

GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
ASOF = P("Đến ngày 31/1/2024", None, "2024-01-31")
T = 21.34e9

FIGS = [
    F("tài chính hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "kiến nghị xử lý tài chính", approx="over"),
    F("là 1.528,6 tỷ đồng", "1.528,6", 1528.6e9, "money", "đồng", "tổng vốn giao cho tỉnh", GD),
    F("phát triển 912,4 tỷ đồng", "912,4", 912.4e9, "money", "đồng", "vốn đầu tư phát triển", GD, total=1528.6e9),
    F("sự nghiệp 616,2 tỷ đồng", "616,2", 616.2e9, "money", "đồng", "vốn sự nghiệp", GD, total=1528.6e9),
    F("giải ngân 1.187,3 tỷ đồng", "1.187,3", 1187.3e9, "money", "đồng", "vốn đã giải ngân", ASOF, percent=77.7),
    F("là 46,85 tỷ đồng", "46,85", 46.85e9, "money", "đồng", "số vốn phải hủy dự toán, nộp trả ngân sách trung ương", ASOF),
    F("từ 20,34% năm 2021", "20,34", 20.34, "percent", "%", "tỷ lệ hộ nghèo của tỉnh",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 14,71% năm 2023", "14,71", 14.71, "percent", "%", "tỷ lệ hộ nghèo của tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("giảm 2,81%", "2,81", 2.81, "percent", "%", "tỷ lệ hộ nghèo giảm bình quân mỗi năm", I(GD)),
    F("phát hiện 214 hộ", "214", 214, "count", "hộ", "hộ được hỗ trợ không đúng đối tượng"),
    F("số tiền 3,14 tỷ đồng", "3,14", 3.14e9, "money", "đồng", "số tiền hỗ trợ không đúng đối tượng"),
    F("Kon Plông (1,25 tỷ đồng)", "1,25", 1.25e9, "money", "đồng", "số tiền hỗ trợ không đúng đối tượng",
      location="Kon Plông"),
    F("Tu Mơ Rông (980 triệu đồng)", "980", 980e6, "money", "đồng", "số tiền hỗ trợ không đúng đối tượng",
      location="Tu Mơ Rông"),
    F("Đăk Glei (715 triệu đồng)", "715", 715e6, "money", "đồng", "số tiền hỗ trợ không đúng đối tượng",
      location="Đăk Glei"),
    F("từ 15 đến 25%", "15", 15, "percent", "%", "tỷ lệ hộ bỏ cuộc ở dự án hỗ trợ phát triển sản xuất", value_max=25),
    F("tài chính 21,34 tỷ đồng", "21,34", T, "money", "đồng", "kiến nghị xử lý tài chính"),
    F("nhà nước 3,92 tỷ đồng", "3,92", 3.92e9, "money", "đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", total=T),
    F("bổ sung 4 văn bản", "4", 4, "count", "văn bản", "văn bản quy định về định mức hỗ trợ kiến nghị sửa đổi, bổ sung"),
    F("trách nhiệm 11 tập thể", "11", 11, "count", "tập thể", "tập thể kiến nghị kiểm điểm trách nhiệm"),
    F("23 cá nhân", "23", 23, "count", "cá nhân", "cá nhân kiến nghị kiểm điểm trách nhiệm"),
    F("hồ sơ hai vụ việc", "hai", 2, "count", "vụ việc", "vụ việc chuyển hồ sơ sang Cơ quan Cảnh sát điều tra"),
]

COMMENTS = [
    "Báo Kon Tum (Party newspaper): KTNN khu vực XII — kiểm toán vốn Chương trình MTQG giảm nghèo bền vững 2021-2023 (invented).",
    "Byline 'NGỌC THẢO' and bare date '20/05/2024' at the end give published. 'Ngày 17/5', 'khu vực XII', 'quý III/2024',",
    "'giai đoạn 2021-2023' are not figures. 'giảm từ 20,34% năm 2021 xuống còn 14,71% năm 2023' gives two percent figures",
    "(a from-to change, not a range), each with its own year. 'hai vụ việc' is a number word (2).",
    "District items in brackets (Kon Plông, Tu Mơ Rông, Đăk Glei) carry their district as location; they do not add up to the",
    "3,14 tỷ before them and 'tập trung ở' is no part-of cue: no total. The headline has no period phrase.",
    "'Đến ngày 31/1/2024, …; số vốn phải hủy …' is one sentence: both figures take the as-of date.",
]

if __name__ == "__main__":
    emit("p641-5", TEXT, COMMENTS, FIGS, published="2024-05-20", location="Kon Tum")
