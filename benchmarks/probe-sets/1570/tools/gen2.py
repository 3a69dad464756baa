"""p1570-2: district portal (huyện Thường Tín, Hà Nội): horn key chains of làng sừng Thụy Ứng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ / Kinh tế / Làng nghề

Làng sừng Thụy Ứng đưa móc khóa mỹ nghệ ra thế giới
05/03/2024 - 10:20

Làng nghề sừng mỹ nghệ Thụy Ứng (xã Hòa Bình) hiện có 126 hộ làm nghề, trong đó 38 hộ chuyên sản xuất móc khóa, lược và đồ lưu niệm nhỏ từ sừng trâu, bò. Năm 2023, tổng giá trị sản xuất của làng nghề đạt khoảng 95 tỷ đồng, tăng 11% so với năm 2022; riêng nhóm móc khóa và mặt dây chuyền đạt gần 30 tỷ đồng.

Xưởng của Công ty TNHH Mỹ nghệ Sừng Hòa Phát có hai dây chuyền đánh bóng và sử dụng 45 lao động, trong đó 27 lao động nữ. Mỗi tháng xưởng xuất khoảng 60.000 móc khóa sang Nhật Bản, Hàn Quốc và Pháp, giá xuất khẩu bình quân 1,2 USD/chiếc. Năm 2023, công ty đạt kim ngạch xuất khẩu 820.000 USD, vượt 9% kế hoạch. Trong 2 tháng đầu năm 2024, công ty đã ký hợp đồng xuất 150.000 sản phẩm, bằng 35% kế hoạch năm.

Ông Nguyễn Văn Thành, Chủ tịch UBND xã Hòa Bình, cho biết năm 2024 xã phấn đấu giá trị sản xuất làng nghề đạt 105 tỷ đồng, tạo việc làm cho trên 500 lao động; dự kiến mở thêm 2 cửa hàng giới thiệu sản phẩm tại phố cổ Hà Nội.

Toàn huyện hiện có 47 làng nghề được công nhận. Huyện có 12 sản phẩm thủ công mỹ nghệ đạt chứng nhận OCOP 3 sao và 4 sao, trong đó 5 sản phẩm của làng Thụy Ứng.

Nguồn: Phòng Kinh tế huyện Thường Tín

Tin khác:
- Thường Tín tổ chức Hội chợ OCOP năm 2024
- Xã Vạn Điểm ra quân làm thủy lợi đầu xuân

UBND HUYỆN THƯỜNG TÍN
Địa chỉ: Khu Trần Phú, thị trấn Thường Tín, TP Hà Nội
Điện thoại: 024.3385.3210
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TWO = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm nghề của làng nghề sừng mỹ nghệ Thụy Ứng"),
    fig("trong đó 38 hộ", "38", 38, "count", "hộ", total=126,
        subject="hộ chuyên sản xuất móc khóa, lược và đồ lưu niệm nhỏ từ sừng trâu, bò"),
    fig("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about",
        change=chg("increase", 11, "%", "năm 2022"),
        subject="tổng giá trị sản xuất của làng nghề", period=Y23),
    fig("gần 30 tỷ", "30", 30e9, "money", "đồng", approx="nearly",
        subject="giá trị sản xuất nhóm móc khóa và mặt dây chuyền", period=Y23),
    fig("có hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền đánh bóng của xưởng Công ty TNHH Mỹ nghệ Sừng Hòa Phát"),
    fig("sử dụng 45 lao động", "45", 45, "count", "lao động", subject="lao động của xưởng"),
    fig("trong đó 27 lao động", "27", 27, "count", "lao động", total=45, subject="lao động nữ"),
    fig("khoảng 60.000 móc khóa", "60.000", 60000, "measure", "móc khóa/tháng", approx="about",
        subject="móc khóa xưởng xuất sang Nhật Bản, Hàn Quốc và Pháp mỗi tháng"),
    fig("bình quân 1,2 USD/chiếc", "1,2", 1.2, "money", "USD/chiếc", subject="giá xuất khẩu bình quân"),
    fig("xuất khẩu 820.000 USD", "820.000", 820000, "money", "USD",
        change=chg("increase", 9, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu của công ty", period=Y23),
    fig("xuất 150.000 sản phẩm", "150.000", 150000, "count", "sản phẩm", percent=35,
        subject="sản phẩm công ty ký hợp đồng xuất", period=TWO),
    fig("đạt 105 tỷ", "105", 105e9, "money", "đồng", status="target",
        subject="giá trị sản xuất làng nghề", period=Y24),
    fig("trên 500 lao động", "500", 500, "count", "lao động", approx="over", status="target",
        subject="lao động được tạo việc làm", period=Y24),
    fig("thêm 2 cửa hàng", "2", 2, "count", "cửa hàng", status="forecast",
        subject="cửa hàng giới thiệu sản phẩm mở thêm tại phố cổ Hà Nội", period=Y24, location="Hà Nội"),
    fig("có 47 làng nghề", "47", 47, "count", "làng nghề", subject="làng nghề được công nhận"),
    fig("có 12 sản phẩm", "12", 12, "count", "sản phẩm",
        subject="sản phẩm thủ công mỹ nghệ đạt chứng nhận OCOP 3 sao và 4 sao"),
    fig("trong đó 5 sản phẩm", "5", 5, "count", "sản phẩm", total=12,
        subject="sản phẩm thủ công mỹ nghệ đạt OCOP của làng Thụy Ứng"),
]

NOTES = [
    "District portal (huyện Thường Tín, TP Hà Nội): banner names the district, breadcrumb, '05/03/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address footer. Every figure describes the district (xã Hòa Bình is a commune): location Thường Tín.",
    "Distractors: 10:20, 'OCOP 3 sao và 4 sao', 'năm 2024' in a link title, 'Khu Trần Phú', phone 024.3385.3210.",
    "'riêng nhóm móc khóa ... gần 30 tỷ': 'riêng' is not a part-of cue in the spec → no total.",
    "'vượt 9% kế hoạch' → change +9 % baseline 'kế hoạch'; 'bằng 35% kế hoạch năm' → percent attribute.",
    "'2 tháng đầu năm 2024' ends 2024-02-29 (leap year). 'năm 2024 ... phấn đấu' governs '; tạo việc làm ... trên 500';",
    "'dự kiến mở thêm 2 cửa hàng' → forecast, same sentence as 'năm 2024' (scored period).",
    "revised after the first run: '2 cửa hàng ... tại phố cổ Hà Nội' location Thường Tín → Hà Nội (the sentence places the counted",
    "shops in Hà Nội's old quarter; the commune is their owner, not their place).",
    "Japan, Korea, France are trade partners, not places of the figure. 'Mỗi tháng ... 60.000 móc khóa' → rate móc khóa/tháng (measure).",
]

if __name__ == "__main__":
    write("p1570-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Thường Tín")
