"""p1087-4: Cục Thú y (ministry site), national cattle market control, 2024."""
from lib import F, make, period, inherit, change

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ / Tin tức / Kiểm dịch động vật
Ngày đăng: 05/06/2024 | Lượt xem: 1.108

Siết chặt kiểm soát trâu, bò tại các chợ đầu mối

Theo Cục Thú y, tính đến hết tháng 5/2024, cả nước có 312 chợ, điểm tập trung buôn bán trâu, bò thường xuyên, trong đó 76 chợ có quy mô trên 200 con/phiên. Các địa phương có nhiều chợ nhất lần lượt là Hà Giang (21 chợ), Nghệ An (18 chợ), Thanh Hóa (17 chợ) và Sơn La (15 chợ).

5 tháng đầu năm 2024, cơ quan thú y các địa phương đã kiểm dịch vận chuyển hơn 1,26 triệu con trâu, bò ra khỏi địa bàn cấp tỉnh, tăng 8,7% so với cùng kỳ năm 2023; trong đó khoảng 35% có nguồn gốc từ các chợ. Qua kiểm tra tại 48 chợ trọng điểm theo Thông tư số 25/2016/TT-BNNPTNT, lực lượng thú y phát hiện 126 vụ vi phạm, xử phạt hành chính 1,85 tỷ đồng; tiêu hủy 214 con mắc bệnh viêm da nổi cục và lở mồm long móng.

Theo Tổng cục Thống kê, đến cuối năm 2023 tổng đàn trâu cả nước đạt 2,21 triệu con, giảm 2,1%; đàn bò đạt 6,4 triệu con, tăng 1,2% so với năm 2022. Giá bò hơi bình quân cả nước tháng 5/2024 ở mức 75.000-82.000 đồng/kg, trâu hơi 70.000-78.000 đồng/kg.

Trong quý III/2024, Cục dự kiến tổ chức 3 đoàn kiểm tra liên ngành tại 10 tỉnh trọng điểm. Mục tiêu đến năm 2025, ít nhất 50% chợ trâu, bò có trạm kiểm dịch cố định và 100% trâu, bò qua chợ được đeo thẻ tai, quản lý trên hệ thống VNEAD.

Cục Thú y - Số 15 ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội. ĐT: 024.3869.6788
"""

AS_OF = period("tính đến hết tháng 5/2024", None, "2024-05-31")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
END23 = period("đến cuối năm 2023", None, "2023-12-31")
MAY = period("tháng 5/2024", "2024-05-01", "2024-05-31")
Q3 = period("quý III/2024", "2024-07-01", "2024-09-30")
T25 = period("đến năm 2025", None, "2025-12-31")
LIST = "chợ, điểm tập trung buôn bán trâu, bò"

FIGS = [
    F("có 312 chợ", "312", 312, "count", "chợ", LIST, AS_OF),
    F("trong đó 76 chợ", "76", 76, "count", "chợ", "chợ có quy mô trên 200 con/phiên", AS_OF, total=312),
    F("trên 200 con/phiên", "200", 200, "measure", "con/phiên", "quy mô chợ", AS_OF, approx="over", optional=True),
    F("Hà Giang (21 chợ)", "21", 21, "count", "chợ", LIST, inherit(AS_OF), location="Hà Giang"),
    F("Nghệ An (18 chợ)", "18", 18, "count", "chợ", LIST, inherit(AS_OF), location="Nghệ An"),
    F("Thanh Hóa (17 chợ)", "17", 17, "count", "chợ", LIST, inherit(AS_OF), location="Thanh Hóa"),
    F("Sơn La (15 chợ)", "15", 15, "count", "chợ", LIST, inherit(AS_OF), location="Sơn La"),
    F("hơn 1,26 triệu con", "1,26", 1.26e6, "count", "con", "trâu, bò được kiểm dịch vận chuyển ra khỏi địa bàn cấp tỉnh",
      M5, approx="over", change=change("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("khoảng 35%", "35", 35, "percent", "%", "trâu, bò kiểm dịch vận chuyển có nguồn gốc từ các chợ", M5, approx="about"),
    F("tại 48 chợ", "48", 48, "count", "chợ", "chợ trọng điểm được kiểm tra", inherit(M5)),
    F("phát hiện 126 vụ", "126", 126, "count", "vụ", "vụ vi phạm", inherit(M5)),
    F("chính 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tiền xử phạt hành chính", inherit(M5)),
    F("tiêu hủy 214 con", "214", 214, "count", "con", "con mắc bệnh viêm da nổi cục và lở mồm long móng bị tiêu hủy",
      inherit(M5)),
    F("đạt 2,21 triệu con", "2,21", 2.21e6, "count", "con", "tổng đàn trâu", END23, change=change("decrease", 2.1, "%")),
    F("đạt 6,4 triệu con", "6,4", 6.4e6, "count", "con", "đàn bò", END23, change=change("increase", 1.2, "%", "năm 2022")),
    F("mức 75.000-82.000", "75.000", 75000, "money", "đồng/kg", "giá bò hơi bình quân", MAY, value_max=82000),
    F("hơi 70.000-78.000", "70.000", 70000, "money", "đồng/kg", "giá trâu hơi bình quân", MAY, value_max=78000),
    F("tổ chức 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra liên ngành", Q3, status="forecast"),
    F("tại 10 tỉnh", "10", 10, "count", "tỉnh", "tỉnh trọng điểm được kiểm tra", Q3, status="forecast"),
    F("ít nhất 50% chợ", "50", 50, "percent", "%", "chợ trâu, bò có trạm kiểm dịch cố định", T25,
      approx="at_least", status="target"),
    F("và 100% trâu", "100", 100, "percent", "%", "trâu, bò qua chợ được đeo thẻ tai, quản lý trên hệ thống VNEAD", T25,
      status="target"),
]

make("p1087-4", TEXT, FIGS, published="2024-06-05", location="Việt Nam", notes=[
    "Cục Thú y (Bộ NN&PTNT) site: national count of cattle markets, quarantine of transported cattle, herd size, prices, targets.",
    "Ranking list of provinces (21/18/17/15 chợ) does not add up to 312: no total; provinces go to location.",
    "'trên 200 con/phiên' is a size class (optional). Distractors: Ngày đăng, Lượt xem 1.108, Thông tư số 25/2016/TT-BNNPTNT,",
    "address Số 15 ngõ 78 đường Giải Phóng, phone 024.3869.6788. The ministry address (Hà Nội) localises nothing.",
])
