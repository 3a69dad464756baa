"""p1060-4: Bộ Văn hóa, Thể thao và Du lịch (ministry site), national, March 2025."""
from lib import F, P, I, C, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Gia đình

Sơ kết 2 năm thi hành Luật Phòng, chống bạo lực gia đình năm 2022

Ngày đăng: 14/03/2025 | Lượt xem: 2.417

Ngày 13/3/2025, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị sơ kết 2 năm thi hành Luật Phòng, chống bạo lực gia đình năm 2022.

Theo báo cáo của Vụ Gia đình, năm 2024 cả nước phát hiện 4.286 vụ bạo lực gia đình, giảm 12,4% so với năm 2023. Trong đó, bạo lực về tinh thần 1.702 vụ, bạo lực về thể chất 1.998 vụ, bạo lực về kinh tế 421 vụ và bạo lực tình dục 165 vụ. Nạn nhân là phụ nữ chiếm khoảng 78%, trẻ em chiếm gần 9%. Một số địa phương có số vụ giảm mạnh là Hà Nội, Nghệ An, An Giang với mức giảm lần lượt 21,3%, 18,7% và 16,2%.

Sau 2 năm triển khai Luật và Nghị định số 76/2023/NĐ-CP, 63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện; cả nước có 71.860 địa chỉ tin cậy ở cộng đồng, tăng 4.215 địa chỉ so với cuối năm 2022, và 112.400 nhóm phòng, chống bạo lực gia đình. Đường dây nóng của Bộ đã tiếp nhận 2.914 cuộc gọi trong năm 2024, gấp 1,6 lần năm 2023.

Phát biểu tại hội nghị, Thứ trưởng nhấn mạnh mục tiêu đến năm 2025: 100% nạn nhân bạo lực gia đình được phát hiện, tư vấn và hỗ trợ; ít nhất 80% người gây bạo lực được phát hiện, giáo dục chuyển đổi hành vi. Dự kiến năm 2025, Bộ sẽ tập huấn cho khoảng 3.500 cán bộ làm công tác gia đình cấp xã tại 63 tỉnh, thành phố.

Vụ Gia đình - Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
F25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("phát hiện 4.286 vụ", "4.286", 4286, "count", "vụ", "vụ bạo lực gia đình", Y24,
      change=C("decrease", 12.4, "%", "năm 2023")),
    F("tinh thần 1.702 vụ", "1.702", 1702, "count", "vụ", "vụ bạo lực về tinh thần", I(Y24), total=4286),
    F("thể chất 1.998 vụ", "1.998", 1998, "count", "vụ", "vụ bạo lực về thể chất", I(Y24), total=4286),
    F("kinh tế 421 vụ", "421", 421, "count", "vụ", "vụ bạo lực về kinh tế", I(Y24), total=4286),
    F("tình dục 165 vụ", "165", 165, "count", "vụ", "vụ bạo lực tình dục", I(Y24), total=4286),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", "nạn nhân là phụ nữ", I(Y24), approx="about"),
    F("chiếm gần 9%", "9", 9, "percent", "%", "nạn nhân là trẻ em", I(Y24), approx="nearly"),
    F("lần lượt 21,3%", "21,3", 21.3, "percent", "%", "mức giảm số vụ bạo lực gia đình", I(Y24), location="Hà Nội"),
    F("18,7%", "18,7", 18.7, "percent", "%", "mức giảm số vụ bạo lực gia đình", I(Y24), location="Nghệ An"),
    F("16,2%", "16,2", 16.2, "percent", "%", "mức giảm số vụ bạo lực gia đình", I(Y24), location="An Giang"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành kế hoạch thực hiện Luật",
      total=63),
    F("có 71.860 địa chỉ", "71.860", 71860, "count", "địa chỉ tin cậy", "địa chỉ tin cậy ở cộng đồng",
      change=C("increase", 4215, "địa chỉ", "cuối năm 2022")),
    F("112.400 nhóm", "112.400", 112400, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình"),
    F("tiếp nhận 2.914 cuộc gọi", "2.914", 2914, "count", "cuộc gọi", "cuộc gọi đường dây nóng của Bộ tiếp nhận", Y24,
      change=C("increase", 1.6, "lần", "năm 2023")),
    F("100% nạn nhân", "100", 100, "percent", "%", "nạn nhân bạo lực gia đình được phát hiện, tư vấn và hỗ trợ", T25,
      status="target"),
    F("ít nhất 80% người", "80", 80, "percent", "%", "người gây bạo lực được phát hiện, giáo dục chuyển đổi hành vi",
      T25, approx="at_least", status="target"),
    F("khoảng 3.500 cán bộ", "3.500", 3500, "count", "cán bộ", "cán bộ làm công tác gia đình cấp xã được tập huấn", F25,
      approx="about", status="forecast"),
    F("tại 63 tỉnh, thành phố.", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố", F25, status="forecast",
      optional=True),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), national figures (location Việt Nam) from the Hội nghị sơ kết of Luật PCBLGĐ 2022; 'Ngày đăng: 14/03/2025'.",
    "Not figures: 'Sơ kết 2 năm', 'Sau 2 năm triển khai' (durations naming the review), Nghị định số 76/2023/NĐ-CP, 'Lượt xem: 2.417',",
    "'Ngày 13/3/2025', the address '51 Ngô Quyền' and the phone 024.3943.8231. 'Hà Nội' as the meeting place localises nothing.",
    "'lần lượt 21,3%, 18,7% và 16,2%': rates of decline that are the claim (percent, no change); each province is the item's location.",
    "'gấp 1,6 lần năm 2023' after a count is its change (increase 1,6 lần, baseline năm 2023), like 'tăng 51 lần so với năm 2019'.",
    "'tăng 4.215 địa chỉ so với cuối năm 2022' is the change of 71.860. 'tại 63 tỉnh, thành phố' only names the scope (optional).",
    "'mục tiêu đến năm 2025:' governs both targets after the colon.",
]

if __name__ == "__main__":
    write("p1060-4", TEXT, NOTES, FIGS, published="2025-03-14", location="Việt Nam")
