"""p1561-2: district portal (huyện Đơn Dương, Lâm Đồng): automatic sprinkler and drip irrigation for vegetables and flowers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐƠN DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nông dân Ka Đô đầu tư hệ thống tưới tự động

18/06/2024 - 10:20

Những năm gần đây, nông dân xã Ka Đô chuyển mạnh từ tưới bằng vòi cầm tay sang hệ thống tưới phun sương và tưới nhỏ giọt điều khiển qua điện thoại. Toàn xã hiện có khoảng 1.150 ha rau, hoa được tưới tự động, chiếm gần 80% diện tích canh tác.

Ông Trần Văn Hậu (thôn Ka Đơn) cho biết, gia đình ông có 1,2 ha cà chua và ớt trong nhà kính. Năm 2023, ông đầu tư khoảng 95 triệu đồng lắp 2 bồn chứa, 3.600 m ống tưới mềm và hơn 400 béc phun. "Trước đây phải thuê ba lao động tưới, nay chỉ một mình tôi điều khiển bằng điện thoại, mỗi tháng tiết kiệm từ 12 đến 15 triệu đồng tiền công", ông Hậu nói.

Theo Phòng Nông nghiệp và PTNT huyện, 6 tháng đầu năm 2024, toàn huyện có thêm 320 ha được lắp đặt hệ thống tưới tiết kiệm, nâng tổng diện tích lên 6.850 ha, trong đó 2.140 ha tưới nhỏ giọt kết hợp bón phân. Chi phí lắp đặt bình quân từ 60 đến 120 triệu đồng/ha tùy loại thiết bị. Huyện phấn đấu đến năm 2025 có 8.000 ha cây trồng áp dụng tưới tiên tiến, tiết kiệm nước, trong đó ít nhất 3.000 ha tưới nhỏ giọt.

Nguồn: Phòng Nông nghiệp và PTNT huyện Đơn Dương

Tin khác:
- Đơn Dương tập huấn kỹ thuật trồng rau theo tiêu chuẩn VietGAP
- Thị trấn Thạnh Mỹ ra quân làm sạch đường Quốc lộ 27

Cơ quan chủ quản: UBND huyện Đơn Dương
Địa chỉ: Số 02 Nguyễn Văn Trỗi, thị trấn Thạnh Mỹ, huyện Đơn Dương. Điện thoại: 0263.3847.128
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", approx="about", percent=80,
        subject="diện tích rau, hoa được tưới tự động của xã Ka Đô"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích cà chua và ớt trong nhà kính của gia đình ông Hậu"),
    fig("khoảng 95 triệu", "95", 95e6, "money", "đồng", approx="about",
        subject="vốn ông Hậu đầu tư hệ thống tưới", period=Y23),
    fig("lắp 2 bồn", "2", 2, "count", "bồn chứa",
        subject="bồn chứa ông Hậu lắp", period=Y23),
    fig("3.600 m", "3.600", 3600, "measure", "m",
        subject="ống tưới mềm ông Hậu lắp", period=Y23),
    fig("hơn 400 béc", "400", 400, "count", "béc phun", approx="over",
        subject="béc phun ông Hậu lắp", period=Y23),
    fig("thuê ba lao động", "ba", 3, "count", "lao động",
        subject="lao động tưới phải thuê trước đây"),
    fig("chỉ một mình", "một", 1, "count", "người", optional=True),
    fig("từ 12 đến 15", "12", 12e6, "money", "đồng/tháng", value_max=15e6,
        subject="tiền công tiết kiệm mỗi tháng"),
    fig("thêm 320 ha", "320", 320, "measure", "ha",
        subject="diện tích lắp đặt thêm hệ thống tưới tiết kiệm", period=H1),
    fig("lên 6.850 ha", "6.850", 6850, "measure", "ha",
        subject="tổng diện tích lắp đặt hệ thống tưới tiết kiệm", period=H1),
    fig("trong đó 2.140 ha", "2.140", 2140, "measure", "ha", total=6850,
        subject="diện tích tưới nhỏ giọt kết hợp bón phân", period=H1),
    fig("từ 60 đến 120", "60", 60e6, "money", "đồng/ha", value_max=120e6,
        subject="chi phí lắp đặt bình quân"),
    fig("có 8.000 ha", "8.000", 8000, "measure", "ha", status="target",
        subject="cây trồng áp dụng tưới tiên tiến, tiết kiệm nước", period=T25),
    fig("ít nhất 3.000 ha", "3.000", 3000, "measure", "ha", approx="at_least", status="target", total=8000,
        subject="diện tích tưới nhỏ giọt", period=T25),
]

NOTES = [
    "District portal (huyện Đơn Dương, Lâm Đồng): banner naming the district, menu, '18/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'Quốc lộ 27', 'Số 02 Nguyễn Văn Trỗi', phone 0263.3847.128, 'Những năm gần đây', VietGAP.",
    "Location Đơn Dương for all figures (xã Ka Đô and the household are in the district; the district is the smallest place the spec names).",
    "'chiếm gần 80% diện tích canh tác' is the percent of 1.150 ha. 'chỉ một mình tôi' (alone) is optional: an idiom that also means one person.",
    "'mỗi tháng tiết kiệm từ 12 đến 15 triệu đồng' → unit đồng/tháng. 'nâng tổng diện tích lên 6.850 ha' takes the sentence's '6 tháng đầu năm 2024'.",
    "'phấn đấu đến năm 2025' governs the 'trong đó ít nhất 3.000 ha' part too (target, total 8.000).",
]

if __name__ == "__main__":
    write("p1561-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đơn Dương")
