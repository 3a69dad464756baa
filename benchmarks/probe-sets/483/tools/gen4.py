"""p483-4: ministry site (Bộ NN&PTNT), national African swine fever and avian influenza situation, vaccines."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin hoạt động | Chăn nuôi - Thú y

Dịch tả lợn châu Phi đã xuất hiện tại 31 tỉnh, thành phố

Ngày đăng: 14/08/2024 | Lượt xem: 2.185

Theo báo cáo của Cục Thú y, từ đầu năm 2024 đến ngày 12/8/2024, cả nước xảy ra 612 ổ dịch tả lợn châu Phi tại 31 tỉnh, thành phố; số lợn mắc bệnh và buộc tiêu hủy là 38.420 con, tăng 1,7 lần so với cùng kỳ năm 2023. Riêng tháng 7/2024 ghi nhận 168 ổ dịch, chiếm 27,5% tổng số ổ dịch từ đầu năm. Các địa phương có nhiều ổ dịch là Nghệ An (74 ổ dịch), Thanh Hóa (58), Quảng Ninh (41) và Hà Giang (37).

Đối với bệnh cúm gia cầm, 7 tháng đầu năm 2024 cả nước có 19 ổ dịch cúm A/H5N1 và 3 ổ dịch cúm A/H5N6 tại 12 tỉnh, buộc tiêu hủy hơn 27.600 con gia cầm, giảm 38% so với cùng kỳ.

Về vắc xin, đến nay đã có hơn 1,15 triệu liều vắc xin dịch tả lợn châu Phi được sử dụng tại 43/63 tỉnh, thành phố; tỷ lệ bảo hộ sau tiêm đạt trên 90%. Hiện các doanh nghiệp trong nước có tổng công suất khoảng 10 triệu liều/năm. Cục Thú y dự kiến trong quý IV/2024 sẽ cấp phép lưu hành thêm 2 loại vắc xin dịch tả lợn châu Phi.

Thực hiện Chỉ thị số 29/CT-TTg, Bộ đề nghị các địa phương bố trí đủ kinh phí phòng, chống dịch; phấn đấu đến năm 2025 tỷ lệ tiêm phòng vắc xin dịch tả lợn châu Phi đạt 30% tổng đàn lợn nái và lợn thịt.

Cục Thú y - số 15 ngõ 78 đường Giải Phóng, quận Đống Đa, Hà Nội. Điện thoại: 024.3869.6788.
"""

YTD = P("từ đầu năm 2024 đến ngày 12/8/2024", "2024-01-01", "2024-08-12")
JUL = P("tháng 7/2024", "2024-07-01", "2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NOW = P("đến nay", None, "2024-08-14")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuất hiện tại 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố xuất hiện dịch tả lợn châu Phi",
      I(YTD)),
    F("xảy ra 612 ổ dịch", "612", 612, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", YTD),
    F("châu Phi tại 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố xảy ra ổ dịch tả lợn châu Phi", YTD),
    F("là 38.420 con", "38.420", 38420, "count", "con", "lợn mắc bệnh và buộc tiêu hủy", YTD,
      change=CH("increase", 1.7, "lần", "cùng kỳ năm 2023")),
    F("ghi nhận 168 ổ dịch", "168", 168, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", JUL, percent=27.5),
    F("Nghệ An (74 ổ dịch)", "74", 74, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", I(YTD), location="Nghệ An"),
    F("Thanh Hóa (58)", "58", 58, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", I(YTD), location="Thanh Hóa"),
    F("Quảng Ninh (41)", "41", 41, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", I(YTD), location="Quảng Ninh"),
    F("Hà Giang (37)", "37", 37, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", I(YTD), location="Hà Giang"),
    F("có 19 ổ dịch", "19", 19, "count", "ổ dịch", "ổ dịch cúm A/H5N1", M7),
    F("và 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch cúm A/H5N6", M7),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm", M7),
    F("hơn 27.600 con", "27.600", 27600, "count", "con", "gia cầm buộc tiêu hủy", M7, approx="over",
      change=CH("decrease", 38, "%", "cùng kỳ")),
    F("hơn 1,15 triệu liều", "1,15", 1150000, "count", "liều", "vắc xin dịch tả lợn châu Phi được sử dụng", NOW,
      approx="over"),
    F("tại 43/63 tỉnh", "43", 43, "count", "tỉnh, thành phố",
      "tỉnh, thành phố sử dụng vắc xin dịch tả lợn châu Phi", NOW, total=63),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ bảo hộ sau tiêm vắc xin dịch tả lợn châu Phi", NOW,
      approx="over"),
    F("khoảng 10 triệu liều/năm", "10", 10000000, "measure", "liều/năm",
      "tổng công suất sản xuất vắc xin của các doanh nghiệp trong nước", approx="about"),
    F("thêm 2 loại vắc xin", "2", 2, "count", "loại vắc xin", "vắc xin dịch tả lợn châu Phi được cấp phép lưu hành thêm",
      Q4, status="forecast"),
    F("đạt 30% tổng đàn", "30", 30, "percent", "%",
      "tỷ lệ tiêm phòng vắc xin dịch tả lợn châu Phi trên tổng đàn lợn nái và lợn thịt", T25, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: dịch tả lợn châu Phi and cúm gia cầm nationally to 12/8/2024, ASF vaccine use, 2025 target.",
    "'Ngày đăng: 14/08/2024 | Lượt xem: 2.185'. National figures -> Việt Nam; provinces in the bracketed list are their items' location.",
    "'chiếm 27,5% tổng số ổ dịch từ đầu năm' is the share of 168 (percent); the whole is not restated, so no total.",
    "'tăng 1,7 lần so với cùng kỳ' is the change of 38.420 con (unit lần). 'đến nay' ends at the dateline.",
    "Not figures: A/H5N1, A/H5N6, Chỉ thị số 29/CT-TTg, 'số 15 ngõ 78 đường Giải Phóng', phone, 'tháng 7/2024' as a date.",
]

if __name__ == "__main__":
    emit("p483-4", TEXT, COMMENTS, FIGS, published="2024-08-14", default_location="Việt Nam")
