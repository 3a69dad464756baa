"""p1423-2: district portal (huyện Mộ Đức, Quảng Ngãi): workers who sell lottery tickets in the South."""
from lib import F, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘ ĐỨC - TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Hơn 2.300 lao động Mộ Đức mưu sinh bằng nghề bán vé số ở phía Nam

Ngày đăng: 22/03/2024 | Tác giả: Thanh Tùng

Theo kết quả rà soát của Phòng Lao động - Thương binh và Xã hội huyện, tính đến ngày 31/12/2023, toàn huyện có 2.346 người đang làm nghề bán vé số dạo tại các tỉnh, thành phố phía Nam, chiếm khoảng 4,1% lực lượng lao động của huyện. Trong đó, xã Đức Phong có 512 người, xã Đức Minh 387 người, xã Đức Thạnh 295 người.

Phần lớn lao động bán vé số ở TP Hồ Chí Minh, Bình Dương và Đồng Nai. Mỗi người bán từ 150 đến 200 tờ mỗi ngày, thu nhập bình quân khoảng 6,5 triệu đồng/người/tháng; sau khi trừ tiền thuê trọ, ăn uống, mỗi tháng gửi về gia đình từ 2 đến 3 triệu đồng. Nhiều người đã ngoài 60 tuổi, có người là người khuyết tật.

Năm 2023, huyện phối hợp với Ngân hàng Chính sách xã hội giải ngân 4,8 tỷ đồng cho 96 hộ có người bán vé số vay vốn chuyển đổi nghề; mở 6 lớp đào tạo nghề, gồm 4 lớp may công nghiệp và 2 lớp điện dân dụng, cho 180 lao động, trong đó 57 người đã có việc làm ổn định tại quê nhà, tăng 15 người so với năm 2022.

Theo ông Nguyễn Văn Lực, Trưởng phòng Lao động - Thương binh và Xã hội huyện, mục tiêu đến năm 2025, huyện giảm ít nhất 30% số lao động phải đi bán vé số xa nhà so với năm 2023, giải quyết việc làm mới cho khoảng 1.200 lao động mỗi năm. Dự kiến trong năm 2024, huyện mở thêm 8 lớp nghề cho lao động nông thôn.

Liên hệ: UBND huyện Mộ Đức, số 09 đường Phạm Văn Đồng, thị trấn Mộ Đức. Điện thoại: 0255.3845.112
Tổng lượt truy cập: 1.204.559
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
SELLERS = "người làm nghề bán vé số dạo"
MD = "Mộ Đức"

FIGS = [
    F("Hơn 2.300 lao động", "2.300", 2300, "count", "lao động", approx="over",
      subject="lao động Mộ Đức mưu sinh bằng nghề bán vé số ở phía Nam"),
    F("có 2.346 người", "2.346", 2346, "count", "người", percent=4.1,
      subject="người đang làm nghề bán vé số dạo tại các tỉnh, thành phố phía Nam", period=ASOF),
    F("có 512 người", "512", 512, "count", "người", total=2346, subject=SELLERS,
      period=inh(ASOF), location="Đức Phong"),
    F("Đức Minh 387 người", "387", 387, "count", "người", total=2346, subject=SELLERS,
      period=inh(ASOF), location="Đức Minh"),
    F("Đức Thạnh 295 người", "295", 295, "count", "người", total=2346, subject=SELLERS,
      period=inh(ASOF), location="Đức Thạnh"),
    F("từ 150 đến 200 tờ", "150", 150, "measure", "tờ/ngày", value_max=200,
      subject="vé số mỗi người bán mỗi ngày"),
    F("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân"),
    F("từ 2 đến 3 triệu", "2", 2e6, "money", "đồng/tháng", value_max=3e6,
      subject="tiền gửi về gia đình mỗi tháng"),
    F("ngoài 60 tuổi", "60", 60, "measure", "tuổi", approx="over", optional=True),
    F("giải ngân 4,8 tỷ", "4,8", 4.8e9, "money", "đồng",
      subject="vốn Ngân hàng Chính sách xã hội giải ngân cho hộ có người bán vé số vay chuyển đổi nghề", period=Y23),
    F("cho 96 hộ", "96", 96, "count", "hộ",
      subject="hộ có người bán vé số vay vốn chuyển đổi nghề", period=Y23),
    F("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp đào tạo nghề", period=Y23),
    F("gồm 4 lớp", "4", 4, "count", "lớp", total=6, subject="lớp may công nghiệp", period=Y23),
    F("và 2 lớp", "2", 2, "count", "lớp", total=6, subject="lớp điện dân dụng", period=Y23),
    F("cho 180 lao động", "180", 180, "count", "lao động", subject="lao động được đào tạo nghề", period=Y23),
    F("trong đó 57 người", "57", 57, "count", "người", total=180,
      change=chg("increase", 15, "người", "năm 2022"),
      subject="người đã có việc làm ổn định tại quê nhà", period=Y23),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số lao động phải đi bán vé số xa nhà so với năm 2023", period=BY25),
    F("khoảng 1.200 lao động", "1.200", 1200, "measure", "lao động/năm", approx="about", status="target",
      subject="lao động được giải quyết việc làm mới mỗi năm", period=BY25),
    F("thêm 8 lớp", "8", 8, "count", "lớp", status="forecast",
      subject="lớp nghề cho lao động nông thôn huyện mở thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Mộ Đức, Quảng Ngãi): banner naming the district, menu, 'Ngày đăng: 22/03/2024', contact footer, visit counter.",
    "Distractors: 'số 09 đường Phạm Văn Đồng', phone 0255.3845.112, 'Tổng lượt truy cập: 1.204.559', 'tính đến ngày 31/12/2023' (period).",
    "Location: the district Mộ Đức (default). The commune breakdown after 'Trong đó' takes total 2346 and the commune as location",
    "(the place the figure describes; the scorer strips the 'xã' prefix). The sellers work in the South, but the figures describe",
    "Mộ Đức's workers, so TP Hồ Chí Minh, Bình Dương, Đồng Nai are not locations.",
    "'chiếm khoảng 4,1% lực lượng lao động' after 2.346 người → percent attribute 4.1.",
    "'6 lớp ..., gồm 4 lớp ... và 2 lớp ...' → parts with total 6. 'trong đó 57 người' follows '180 lao động' → total 180;",
    "'tăng 15 người so với năm 2022' → change on the 57.",
    "'giảm ít nhất 30% ... so với năm 2023' is a target rate that is itself the claim: percent figure, at_least, no change object.",
    "'khoảng 1.200 lao động mỗi năm' is a yearly rate (lao động/năm); both continue 'mục tiêu đến năm 2025' → target.",
    "'ngoài 60 tuổi' is an age threshold: optional, as 'từ 15 tuổi' in the shared gold.",
]

if __name__ == "__main__":
    write("p1423-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Mộ Đức")
