"""p922-4: ministry / central agency site (Cục Quản lý Y, Dược cổ truyền - Bộ Y tế), national 2024 review."""
from lib import F, P, I, CH, TG, write

TEXT = """CỤC QUẢN LÝ Y, DƯỢC CỔ TRUYỀN - BỘ Y TẾ
Trang chủ / Tin hoạt động
Ngày đăng: 24/02/2025 | Lượt xem: 1.048

Y dược cổ truyền khẳng định vai trò trong chăm sóc sức khỏe nhân dân

Theo báo cáo tổng kết của Cục Quản lý Y, Dược cổ truyền, năm 2024 cả nước có 66 bệnh viện y dược cổ truyền, gồm 4 bệnh viện trực thuộc Bộ Y tế, 2 bệnh viện thuộc Bộ Quốc phòng, Bộ Công an và 60 bệnh viện tuyến tỉnh. Có 98,5% bệnh viện đa khoa tuyến tỉnh và 96,2% trung tâm y tế tuyến huyện có khoa YHCT; khoảng 90% trạm y tế xã có hoạt động khám, chữa bệnh bằng YHCT.

Tỷ lệ khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại tại tuyến trung ương, tuyến tỉnh, tuyến huyện và tuyến xã lần lượt đạt 13,8%, 16,5%, 24,2% và 34,6%. Tổng số lượt khám, chữa bệnh bằng YHCT năm 2024 ước đạt gần 62 triệu lượt, tăng khoảng 8% so với năm 2023.

Về phát triển dược liệu, cả nước hiện có khoảng 800 loài dược liệu được khai thác, trồng trọt; diện tích trồng dược liệu đạt trên 32.000 ha. Một số địa phương có diện tích lớn là Lào Cai (4.120 ha), Hà Giang (3.560 ha), Lâm Đồng (2.890 ha). Nhu cầu sử dụng dược liệu trong nước khoảng 60.000-80.000 tấn/năm, trong khi sản xuất trong nước mới đáp ứng 25-30%.

Theo Quyết định số 1893/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ, mục tiêu đến năm 2030 tỷ lệ khám, chữa bệnh bằng YHCT đạt 30% tổng số lượt khám, chữa bệnh toàn quốc; 100% trạm y tế xã có vườn thuốc nam; giá trị xuất khẩu dược liệu đạt 500 triệu USD. Năm 2025, Bộ Y tế dự kiến ban hành 25 quy trình kỹ thuật chuyên môn về châm cứu.

Cục Quản lý Y, Dược cổ truyền - Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "tỷ lệ khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại"
AREA = "diện tích trồng dược liệu"

FIGS = [
    F("có 66 bệnh viện", "66", 66, "count", "bệnh viện y dược cổ truyền",
      subject="bệnh viện y dược cổ truyền", period=Y24),
    F("gồm 4 bệnh viện", "4", 4, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền trực thuộc Bộ Y tế", period=Y24),
    F("2 bệnh viện thuộc", "2", 2, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền thuộc Bộ Quốc phòng, Bộ Công an", period=Y24),
    F("60 bệnh viện tuyến tỉnh", "60", 60, "count", "bệnh viện", total=66,
      subject="bệnh viện y dược cổ truyền tuyến tỉnh", period=Y24),
    F("Có 98,5%", "98,5", 98.5, "percent", "%",
      subject="bệnh viện đa khoa tuyến tỉnh có khoa YHCT", period=I(Y24)),
    F("96,2% trung tâm", "96,2", 96.2, "percent", "%",
      subject="trung tâm y tế tuyến huyện có khoa YHCT", period=I(Y24)),
    F("khoảng 90% trạm", "90", 90, "percent", "%", approx="about",
      subject="trạm y tế xã có hoạt động khám, chữa bệnh bằng YHCT", period=I(Y24)),
    F("đạt 13,8%", "13,8", 13.8, "percent", "%", subject=LIST + " tuyến trung ương", period=I(Y24)),
    F("13,8%, 16,5%", "16,5", 16.5, "percent", "%", subject=LIST + " tuyến tỉnh", period=I(Y24)),
    F("24,2% và", "24,2", 24.2, "percent", "%", subject=LIST + " tuyến huyện", period=I(Y24)),
    F("và 34,6%", "34,6", 34.6, "percent", "%", subject=LIST + " tuyến xã", period=I(Y24)),
    F("gần 62 triệu lượt", "62", 62_000_000, "count", "lượt", approx="nearly", status="estimate",
      change=CH("increase", 8, "%", "năm 2023", approx="about"),
      subject="lượt khám, chữa bệnh bằng YHCT", period=Y24),
    F("khoảng 800 loài", "800", 800, "count", "loài dược liệu", approx="about",
      subject="loài dược liệu được khai thác, trồng trọt"),
    F("trên 32.000 ha", "32.000", 32000, "measure", "ha", approx="over", subject=AREA),
    F("Lào Cai (4.120 ha)", "4.120", 4120, "measure", "ha", subject=AREA, location="Lào Cai"),
    F("Hà Giang (3.560 ha)", "3.560", 3560, "measure", "ha", subject=AREA, location="Hà Giang"),
    F("Lâm Đồng (2.890 ha)", "2.890", 2890, "measure", "ha", subject=AREA, location="Lâm Đồng"),
    F("khoảng 60.000-80.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", value_max=80000, approx="about",
      subject="nhu cầu sử dụng dược liệu trong nước"),
    F("đáp ứng 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="tỷ lệ nhu cầu dược liệu sản xuất trong nước đáp ứng"),
    F("đạt 30% tổng số", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT", period=T30),
    F("100% trạm y tế xã", "100", 100, "percent", "%", status="target",
      subject="trạm y tế xã có vườn thuốc nam", period=T30),
    F("đạt 500 triệu USD", "500", 500_000_000, "money", "USD", status="target",
      subject="giá trị xuất khẩu dược liệu", period=T30),
    F("hành 25 quy trình", "25", 25, "count", "quy trình kỹ thuật", status="forecast",
      subject="quy trình kỹ thuật chuyên môn về châm cứu ban hành", period=Y25),
]

COMMENTS = [
    "Ministry site (Cục Quản lý Y, Dược cổ truyền): national YHCT review for 2024. 'Ngày đăng: 24/02/2025 | Lượt xem: 1.048'.",
    "4 + 2 + 60 after 'gồm' add up to 66: each has total 66. 'lần lượt' list shares its indicator; the rates of the 4 levels and",
    "the 98,5%/96,2%/90% shares take 'năm 2024' from the first sentence (inherited).",
    "Provinces in the bracketed list are the location of their figure; the national figures are Việt Nam.",
    "Distractors: Quyết định số 1893/QĐ-TTg ngày 25/12/2019, address 138A Giảng Võ, page counter.",
    "Targets under 'mục tiêu đến năm 2030' (the three clauses continue the cue); 25 quy trình is forecast (dự kiến).",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, COMMENTS, published="2025-02-24", location="Việt Nam")
