"""p520-4: ministry site (Bộ NN&PTNT / Cục Thú y), national ASF situation to 25/8/2024, provinces, vaccine use."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thú y

Dịch tả lợn châu Phi xảy ra tại 31 tỉnh, thành phố từ đầu năm đến nay

Ngày đăng: 26/08/2024 | Lượt xem: 1.218

Theo báo cáo của Cục Thú y, từ đầu năm đến ngày 25/8/2024, cả nước xảy ra 1.026 ổ dịch Dịch tả lợn châu Phi (DTLCP) tại 31 tỉnh, thành phố, buộc tiêu hủy hơn 52.600 con lợn, tăng 2,4 lần so với cùng kỳ năm 2023. Trong đó, gần 70% số ổ dịch xảy ra tại các hộ chăn nuôi nhỏ lẻ, an toàn sinh học thấp. Hiện cả nước còn 512 ổ dịch tại 24 tỉnh chưa qua 21 ngày.

Các địa phương có số lợn tiêu hủy lớn là Nghệ An (8.750 con), Quảng Ngãi (6.120 con), Thái Bình (4.980 con) và Sơn La (3.460 con). Riêng trong tháng 8/2024, cả nước phát sinh 164 ổ dịch mới, cao nhất kể từ đầu năm.

Về tiêm phòng, hiện có 2 loại vắc xin DTLCP được cấp phép lưu hành là NAVET-ASFVAC và AVAC ASF LIVE. Từ năm 2022 đến nay, các địa phương đã sử dụng khoảng 1,2 triệu liều vắc xin, trong đó 8 tháng năm 2024 là 438.000 liều. Tỷ lệ lợn được tiêm vắc xin mới đạt khoảng 3% tổng đàn lợn cả nước (khoảng 30,1 triệu con).

Cục Thú y đề nghị các địa phương thực hiện nghiêm Chỉ thị số 29/CT-TTg ngày 4/10/2023 và Công điện số 82/CĐ-TTg của Thủ tướng Chính phủ; phấn đấu đến năm 2025 tỷ lệ tiêm phòng vắc xin DTLCP ở các vùng có nguy cơ cao đạt ít nhất 20% tổng đàn.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9047
"""

YTD = P("từ đầu năm đến ngày 25/8/2024", "2024-01-01", "2024-08-25")

FIGS = [
    F("tại 31 tỉnh, thành phố từ", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố xảy ra Dịch tả lợn châu Phi",
      P("từ đầu năm đến nay", "2024-01-01", "2024-08-26")),
    F("xảy ra 1.026 ổ dịch", "1.026", 1026, "count", "ổ dịch", "ổ dịch Dịch tả lợn châu Phi (DTLCP)", YTD),
    F("tại 31 tỉnh, thành phố, buộc", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố có ổ dịch DTLCP", YTD),
    F("hơn 52.600 con", "52.600", 52600, "count", "con", "lợn buộc tiêu hủy", YTD, approx="over",
      change=CH("increase", 2.4, "lần", baseline="cùng kỳ năm 2023")),
    F("gần 70% số ổ dịch", "70", 70, "percent", "%", "ổ dịch xảy ra tại các hộ chăn nuôi nhỏ lẻ", I(YTD), approx="nearly"),
    F("còn 512 ổ dịch", "512", 512, "count", "ổ dịch", "ổ dịch chưa qua 21 ngày"),
    F("tại 24 tỉnh", "24", 24, "count", "tỉnh", "tỉnh có ổ dịch chưa qua 21 ngày"),
    F("chưa qua 21 ngày", "21", 21, "measure", "ngày", "thời gian chưa qua của ổ dịch", optional=True),
    F("Nghệ An (8.750 con)", "8.750", 8750, "count", "con", "lợn tiêu hủy", location="Nghệ An"),
    F("Quảng Ngãi (6.120 con)", "6.120", 6120, "count", "con", "lợn tiêu hủy", location="Quảng Ngãi"),
    F("Thái Bình (4.980 con)", "4.980", 4980, "count", "con", "lợn tiêu hủy", location="Thái Bình"),
    F("Sơn La (3.460 con)", "3.460", 3460, "count", "con", "lợn tiêu hủy", location="Sơn La"),
    F("phát sinh 164 ổ dịch", "164", 164, "count", "ổ dịch", "ổ dịch DTLCP mới phát sinh",
      P("tháng 8/2024", "2024-08-01", "2024-08-31")),
    F("có 2 loại vắc xin", "2", 2, "count", "loại vắc xin", "loại vắc xin DTLCP được cấp phép lưu hành"),
    F("khoảng 1,2 triệu liều", "1,2", 1200000, "count", "liều", "liều vắc xin DTLCP các địa phương đã sử dụng",
      P("Từ năm 2022 đến nay", "2022-01-01", "2024-08-26"), approx="about"),
    F("là 438.000 liều", "438.000", 438000, "count", "liều", "liều vắc xin DTLCP đã sử dụng",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), total=1200000),
    F("khoảng 3% tổng", "3", 3, "percent", "%", "tỷ lệ lợn được tiêm vắc xin trong tổng đàn lợn cả nước", approx="about"),
    F("khoảng 30,1 triệu con", "30,1", 30100000, "count", "con", "tổng đàn lợn cả nước", approx="about"),
    F("ít nhất 20% tổng đàn", "20", 20, "percent", "%", "tỷ lệ tiêm phòng vắc xin DTLCP ở các vùng có nguy cơ cao",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (invented): DTLCP cả nước từ đầu năm đến 25/8/2024, tỉnh có nhiều lợn tiêu hủy, vắc xin, mục tiêu 2025.",
    "National figures: location Việt Nam; province list items carry their province (no cue, no total: they do not add up).",
    "'từ đầu năm đến ngày 25/8/2024' -> 2024-01-01..2024-08-25; headline 'từ đầu năm' and 'Từ năm 2022 đến nay' end at the dateline.",
    "'tăng 2,4 lần so với cùng kỳ' is the change of 52.600 con (unit lần). '8 tháng năm 2024 là 438.000 liều' follows 'trong đó' -> total 1,2 triệu.",
    "'chưa qua 21 ngày' optional (regulatory duration). Distractors: Chỉ thị số 29/CT-TTg ngày 4/10/2023, Công điện số 82/CĐ-TTg,",
    "vaccine names NAVET-ASFVAC / AVAC ASF LIVE, Lượt xem 1.218, số 2 Ngọc Hà, phone 024.3845.9047.",
]

if __name__ == "__main__":
    emit("p520-4", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Việt Nam")
