"""p1365-4: ministry-level site (Viện Hàn lâm KH&CN Việt Nam): national earthquake bulletins 2023, Kon Tum first."""
from lib import F, period, inherit, change, target, write

TEXT = """VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM
Trang chủ > Tin tức - Sự kiện > Hoạt động khoa học

Năm 2023: Phát 276 bản tin động đất, Kon Tum dẫn đầu cả nước về số trận

18/01/2024 | 09:30 | Ban Truyền thông

Ngày 17/01/2024, tại Hà Nội, Viện Vật lý Địa cầu tổ chức Hội nghị tổng kết công tác báo tin động đất và cảnh báo sóng thần năm 2023.

Năm 2023, mạng lưới trạm địa chấn quốc gia đã ghi nhận 1.047 trận động đất trong khu vực Việt Nam và lân cận. Trong đó, 162 trận xảy ra trên lãnh thổ Việt Nam. Trung tâm Báo tin động đất và Cảnh báo sóng thần đã phát 276 bản tin, tăng 18,5% so với năm 2022.

Các tỉnh có nhiều động đất nhất lần lượt là Kon Tum (116 trận), Sơn La (17 trận) và Điện Biên (11 trận). Riêng Kon Tum chiếm 71,6% số trận trên lãnh thổ Việt Nam, xếp thứ nhất cả nước.

Hiện mạng lưới quan trắc gồm 78 trạm địa chấn, trong đó 30 trạm băng rộng truyền số liệu theo thời gian thực. Thời gian xác định và phát tin động đất rút ngắn còn khoảng 8 phút, giảm 7 phút so với năm 2020.

Theo Đề án hiện đại hóa mạng lưới quan trắc động đất được phê duyệt tại Quyết định số 1250/QĐ-TTg, tổng kinh phí thực hiện là 420 tỷ đồng. Mục tiêu đến năm 2025, mạng lưới đạt 100 trạm, thời gian phát tin dưới 5 phút.

Phát biểu tại hội nghị, Phó Chủ tịch Viện Hàn lâm Phan Đình Khôi đề nghị Viện phối hợp chặt chẽ với tỉnh Kon Tum nghiên cứu nguyên nhân động đất kích thích tại khu vực các hồ thủy điện.

VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM
Địa chỉ: 18 Hoàng Quốc Việt, Cầu Giấy, Hà Nội
"""

Y23H = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
BY2025 = period("đến năm 2025", None, "2025-12-31")
LIST_SUBJ = "số trận động đất"

FIGS = [
    F("Phát 276 bản tin", "276", 276, "count", "bản tin", subject="bản tin động đất phát", period=Y23H),
    F("ghi nhận 1.047 trận", "1.047", 1047, "count", "trận động đất",
      subject="trận động đất mạng lưới trạm địa chấn quốc gia ghi nhận trong khu vực Việt Nam và lân cận",
      period=Y23),
    F("Trong đó, 162 trận", "162", 162, "count", "trận", total=1047,
      subject="trận động đất xảy ra trên lãnh thổ Việt Nam", period=inherit(Y23)),
    F("đã phát 276 bản tin", "276", 276, "count", "bản tin",
      change=change("increase", 18.5, "%", "năm 2022"),
      subject="bản tin Trung tâm Báo tin động đất và Cảnh báo sóng thần đã phát", period=inherit(Y23)),
    F("Kon Tum (116 trận)", "116", 116, "count", "trận", subject=LIST_SUBJ, period=inherit(Y23),
      location="Kon Tum"),
    F("Sơn La (17 trận)", "17", 17, "count", "trận", subject=LIST_SUBJ, period=inherit(Y23),
      location="Sơn La"),
    F("Điện Biên (11 trận)", "11", 11, "count", "trận", subject=LIST_SUBJ, period=inherit(Y23),
      location="Điện Biên"),
    F("chiếm 71,6%", "71,6", 71.6, "percent", "%", subject="số trận trên lãnh thổ Việt Nam của Kon Tum",
      period=inherit(Y23), location="Kon Tum"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="số trận động đất", period=inherit(Y23),
      location="Kon Tum"),
    F("gồm 78 trạm", "78", 78, "count", "trạm địa chấn", subject="trạm địa chấn của mạng lưới quan trắc"),
    F("trong đó 30 trạm", "30", 30, "count", "trạm băng rộng", total=78,
      subject="trạm băng rộng truyền số liệu theo thời gian thực"),
    F("khoảng 8 phút", "8", 8, "measure", "phút", approx="about",
      change=change("decrease", 7, "phút", "năm 2020"),
      subject="thời gian xác định và phát tin động đất"),
    F("là 420 tỷ", "420", 420e9, "money", "đồng",
      subject="tổng kinh phí thực hiện Đề án hiện đại hóa mạng lưới quan trắc động đất"),
    F("đạt 100 trạm", "100", 100, "count", "trạm", status="target",
      subject="trạm của mạng lưới quan trắc", period=BY2025),
    F("dưới 5 phút", "5", 5, "measure", "phút", approx="under", status="target",
      subject="thời gian phát tin", period=BY2025),
]

NOTES = [
    "Ministry-level site (Viện Hàn lâm KH&CN Việt Nam): national earthquake bulletins 2023; '18/01/2024 | 09:30 | Ban Truyền thông'.",
    "Distractors: 09:30, 'Ngày 17/01/2024', 'Quyết định số 1250/QĐ-TTg', address '18 Hoàng Quốc Việt', baselines năm 2020/2022.",
    "National figures → Việt Nam. 'Trong đó, 162 trận' after a sentence break: total 1.047 (same thing, same year).",
    "List 'lần lượt là Kon Tum (116 trận), Sơn La (17 trận) và Điện Biên (11 trận)': each item a figure, the province is its",
    "location, subject = the list's indicator (số trận động đất). 'Riêng Kon Tum chiếm 71,6%' and 'xếp thứ nhất cả nước' (number word 'nhất')",
    "are located in Kon Tum. Periods of the second and third paragraphs stand in an earlier sentence (inherited, not scored).",
    "'rút ngắn còn khoảng 8 phút, giảm 7 phút so với năm 2020' → change decrease 7 phút. 'Mục tiêu đến năm 2025' → target",
    "for both clauses, start null, end 2025-12-31; 'dưới 5 phút' → approx under.",
    "revised after the first run: list subject 'trận động đất của các tỉnh có nhiều động đất nhất' → 'số trận động đất'.",
    "The spec takes the list's indicator; 'có nhiều động đất nhất' selects the items, it is not the indicator (as in the",
    "shared gold h18: '05 địa phương có kim ngạch nhập khẩu cao nhất cả nước lần lượt là …' → 'kim ngạch nhập khẩu').",
]

if __name__ == "__main__":
    write("p1365-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
