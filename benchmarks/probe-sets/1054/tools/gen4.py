"""p1054-4: Bộ NN&PTNT site, January 2025: national jackfruit area, exports 2024, codes for China, 2030 targets."""
from lib import F, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt

Xuất khẩu mít năm 2024 ước đạt 253 triệu USD

20/01/2025 09:12 | Lượt xem: 1.847

Theo Cục Trồng trọt, năm 2024 diện tích mít cả nước ước đạt 83.500 ha, sản lượng khoảng 1,15 triệu tấn. Vùng Đồng bằng sông Cửu Long chiếm khoảng 68% diện tích mít cả nước. Các địa phương có diện tích mít lớn nhất lần lượt là Hậu Giang (13.200 ha), Tiền Giang (11.800 ha), Đồng Nai (7.400 ha) và Vĩnh Long (6.100 ha).

Kim ngạch xuất khẩu mít năm 2024 ước đạt 253 triệu USD, tăng 38,5% so với năm 2023. Với kết quả này, mít đứng thứ 7 trong nhóm trái cây xuất khẩu chủ lực. Trung Quốc tiếp tục là thị trường lớn nhất, chiếm trên 90% kim ngạch; tiếp đến là Hàn Quốc 9,4 triệu USD và Hoa Kỳ 5,1 triệu USD.

Tính đến ngày 31/12/2024, cả nước có 412 mã số vùng trồng mít được phía Trung Quốc chấp thuận tại 18 tỉnh, thành phố, với tổng diện tích gần 21.000 ha; ngoài ra có 64 cơ sở đóng gói mít được cấp mã số. So với cuối năm 2023, số mã số vùng trồng tăng thêm 57 mã số.

Tuy vậy, năm 2024 Cục Bảo vệ thực vật đã nhận 23 thông báo vi phạm liên quan đến mít xuất khẩu, chủ yếu do phát hiện sinh vật gây hại và ghi sai mã số.

Theo Quyết định số 1412/QĐ-BNN-TT ngày 28/4/2023, đến năm 2030 diện tích mít cả nước ổn định từ 80.000 đến 90.000 ha, trong đó trên 50% diện tích sản xuất theo quy trình VietGAP hoặc tương đương. Dự kiến năm 2025, kim ngạch xuất khẩu mít đạt khoảng 300 triệu USD.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

NOTES = [
    "Ministry site (Bộ NN&PTNT), '20/01/2025 09:12 | Lượt xem: 1.847': national jackfruit area, exports 2024, codes approved by China.",
    "National article: location Việt Nam; the provinces in the 'lần lượt' list are the items' locations; trade partners (Trung Quốc,",
    "Hàn Quốc, Hoa Kỳ) are not places of the figures. The ĐBSCL share is a share of the national area (region is not a schema place): Việt Nam.",
    "'tăng thêm 57 mã số' stands in its own sentence with no base amount: a count figure without change.",
    "'Tính đến ngày 31/12/2024' covers the clauses after ';' in the same sentence. Headline figure: estimate, period năm 2024.",
    "revised after the first run: list items by trade partner name the partner in the subject (shared gold h26 convention).",
    "Distractors: Quyết định số 1412/QĐ-BNN-TT ngày 28/4/2023, Số 2 Ngọc Hà, phone 024.3845.9670, Lượt xem: 1.847, 09:12.",
]
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Tính đến ngày 31/12/2024", None, "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Xuất khẩu mít năm 2024 ước đạt 253", "253", 253e6, "money", "USD", "xuất khẩu mít", Y24, status="estimate"),
    F("ước đạt 83.500 ha", "83.500", 83500, "measure", "ha", "diện tích mít cả nước", Y24, status="estimate"),
    F("khoảng 1,15 triệu tấn", "1,15", 1.15e6, "measure", "tấn", "sản lượng mít", Y24, approx="about", status="estimate"),
    F("khoảng 68%", "68", 68, "percent", "%", "tỷ trọng diện tích mít vùng Đồng bằng sông Cửu Long", inherit(Y24),
      approx="about"),
    F("Hậu Giang (13.200 ha)", "13.200", 13200, "measure", "ha", "diện tích mít", inherit(Y24), location="Hậu Giang"),
    F("Tiền Giang (11.800 ha)", "11.800", 11800, "measure", "ha", "diện tích mít", inherit(Y24), location="Tiền Giang"),
    F("Đồng Nai (7.400 ha)", "7.400", 7400, "measure", "ha", "diện tích mít", inherit(Y24), location="Đồng Nai"),
    F("Vĩnh Long (6.100 ha)", "6.100", 6100, "measure", "ha", "diện tích mít", inherit(Y24), location="Vĩnh Long"),
    F("253 triệu USD, tăng", "253", 253e6, "money", "USD", "kim ngạch xuất khẩu mít", Y24, status="estimate",
      change=change("increase", 38.5, "%", "năm 2023")),
    F("đứng thứ 7", "7", 7, "rank", "hạng", "mít trong nhóm trái cây xuất khẩu chủ lực", inherit(Y24)),
    F("trên 90% kim ngạch", "90", 90, "percent", "%", "tỷ trọng kim ngạch xuất khẩu mít sang thị trường Trung Quốc",
      inherit(Y24), approx="over"),
    F("Hàn Quốc 9,4 triệu USD", "9,4", 9.4e6, "money", "USD", "kim ngạch xuất khẩu mít sang Hàn Quốc", inherit(Y24)),
    F("Hoa Kỳ 5,1 triệu USD", "5,1", 5.1e6, "money", "USD", "kim ngạch xuất khẩu mít sang Hoa Kỳ", inherit(Y24)),
    F("có 412 mã số", "412", 412, "count", "mã số", "mã số vùng trồng mít được phía Trung Quốc chấp thuận", ASOF),
    F("tại 18 tỉnh", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố có mã số vùng trồng mít", ASOF),
    F("gần 21.000 ha", "21.000", 21000, "measure", "ha", "tổng diện tích vùng trồng mít được cấp mã số", ASOF,
      approx="nearly"),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở đóng gói mít được cấp mã số", ASOF),
    F("tăng thêm 57 mã số", "57", 57, "count", "mã số", "số mã số vùng trồng tăng thêm", inherit(ASOF)),
    F("nhận 23 thông báo", "23", 23, "count", "thông báo", "thông báo vi phạm liên quan đến mít xuất khẩu", Y24),
    F("từ 80.000 đến 90.000 ha", "80.000", 80000, "measure", "ha", "diện tích mít cả nước", T30, value_max=90000,
      status="target"),
    F("trên 50% diện tích", "50", 50, "percent", "%", "tỷ lệ diện tích mít sản xuất theo quy trình VietGAP", T30,
      approx="over", status="target"),
    F("khoảng 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu mít",
      period("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

if __name__ == "__main__":
    write("p1054-4", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
