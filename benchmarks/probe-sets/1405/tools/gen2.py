"""p1405-2: district portal (huyện Yên Thành, Nghệ An): xã Hoa Thành, a 'Japan village'; district totals 2023."""
from lib import F, P, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Xã Hoa Thành: "làng Nhật Bản" đổi thay nhờ xuất khẩu lao động

15/05/2024 - 08:20

Xã Hoa Thành hiện có 1.870 hộ, trong đó hơn 620 hộ có người đang làm việc tại Nhật Bản. Theo ông Hồ Đức Lâm, Chủ tịch UBND xã, từ năm 2015 đến nay toàn xã có 1.134 lượt người đi xuất khẩu lao động, riêng Nhật Bản chiếm gần 70%. Mỗi năm, người lao động gửi về địa phương khoảng 150 tỷ đồng. Nhờ nguồn tiền này, gần ba chục ngôi nhà cao tầng mọc lên dọc tuyến đường liên xã, nhiều hộ mở xưởng mộc, cửa hàng vật liệu xây dựng.

Anh Nguyễn Văn Tùng (xóm 7) kể, năm 2019 anh vay 170 triệu đồng để đóng phí xuất cảnh theo đơn hàng đúc nhựa tại tỉnh Aichi. Sau ba năm làm việc, mỗi tháng anh nhận lương khoảng 32 triệu đồng, đã trả hết nợ và tích lũy hơn 600 triệu đồng mang về xây nhà, mua máy chế biến gỗ.

Năm 2023, toàn huyện Yên Thành có 1.126 lao động đi làm việc ở nước ngoài, vượt 12,6% kế hoạch, trong đó 742 người sang Nhật Bản. Mục tiêu đến năm 2025, mỗi năm huyện đưa từ 1.200 đến 1.500 lao động đi làm việc ở nước ngoài, phấn đấu 100% lao động được đào tạo ngoại ngữ, giáo dục định hướng trước khi xuất cảnh.

Nguồn: Phòng Lao động - TB&XH huyện

Tin khác:
- Yên Thành tổ chức Ngày hội việc làm năm 2024
- Hướng dẫn hồ sơ vay vốn đi làm việc ở nước ngoài

Bản quyền thuộc UBND huyện Yên Thành. Địa chỉ: Khối 1, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An.
"""

SINCE = P("từ năm 2015 đến nay", "2015-01-01", "2024-05-15")
Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.870 hộ", "1.870", 1870, "count", "hộ", subject="hộ của xã Hoa Thành"),
    F("hơn 620 hộ", "620", 620, "count", "hộ", approx="over", total=1870,
      subject="hộ có người đang làm việc tại Nhật Bản"),
    F("có 1.134 lượt", "1.134", 1134, "count", "lượt người",
      subject="lượt người đi xuất khẩu lao động", period=SINCE),
    F("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="tỷ lệ lượt người đi Nhật Bản", period=SINCE),
    F("khoảng 150 tỷ", "150", 150e9, "money", "đồng/năm", approx="about",
      subject="tiền người lao động gửi về địa phương mỗi năm"),
    F("gần ba chục", "ba chục", 30, "count", "ngôi nhà", approx="nearly",
      subject="ngôi nhà cao tầng mọc lên dọc tuyến đường liên xã"),
    F("vay 170 triệu", "170", 170e6, "money", "đồng",
      subject="tiền anh Tùng vay để đóng phí xuất cảnh", period=Y19),
    F("Sau ba năm", "ba", 3, "measure", "năm", subject="thời gian anh Tùng làm việc tại Nhật Bản", optional=True),
    F("khoảng 32 triệu", "32", 32e6, "money", "đồng/tháng", approx="about",
      subject="lương anh Tùng nhận mỗi tháng"),
    F("hơn 600 triệu", "600", 600e6, "money", "đồng", approx="over",
      subject="tiền anh Tùng tích lũy mang về"),
    F("có 1.126 lao động", "1.126", 1126, "count", "lao động",
      change=chg("increase", 12.6, "%", "kế hoạch"),
      subject="lao động đi làm việc ở nước ngoài", period=Y23),
    F("trong đó 742 người", "742", 742, "count", "người", total=1126,
      subject="người sang Nhật Bản", period=Y23),
    F("từ 1.200 đến 1.500", "1.200", 1200, "count", "lao động/năm", value_max=1500, status="target",
      subject="lao động huyện đưa đi làm việc ở nước ngoài mỗi năm", period=TO25),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="lao động được đào tạo ngoại ngữ, giáo dục định hướng trước khi xuất cảnh", period=TO25),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner naming the district, '15/05/2024 - 08:20' under the headline, 'Nguồn:', 'Tin khác', address.",
    "Distractors: 08:20, 'xóm 7', 'Khối 1', 'năm 2015'/'năm 2019' as periods, 'năm 2024' in a link title.",
    "Location: the commune Hoa Thành lies in huyện Yên Thành, so every figure is located in Yên Thành (the district the banner names).",
    "'riêng Nhật Bản chiếm gần 70%' names a new subject after the 1.134: a percent figure (same sentence, same period).",
    "'từ năm 2015 đến nay' ends at the dateline 2024-05-15. 'gần ba chục' = 30 (number words), nearly.",
    "'Sau ba năm làm việc' is a duration (contract length) that may or may not count as a figure: optional.",
    "'vượt 12,6% kế hoạch' is a gap to plan: a change (increase 12,6%, baseline kế hoạch) of 1.126.",
    "'Mục tiêu đến năm 2025, mỗi năm ...' → target, period end 2025-12-31, unit lao động/năm; 'phấn đấu 100%' target too.",
]

if __name__ == "__main__":
    write("p1405-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Yên Thành")
