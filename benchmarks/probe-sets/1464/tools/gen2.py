"""p1464-2: district portal (huyện Ứng Hòa, Hà Nội): a bamboo-blind cooperative and the district's blind-making villages."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ỨNG HÒA - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

HTX Mành trúc Phương Tú đưa sản phẩm làng nghề ra thế giới

18/03/2024 - 10:20

Hợp tác xã Mành trúc Phương Tú (xã Phương Tú) được thành lập năm 2016 với 12 thành viên, nay đã có 46 thành viên và tạo việc làm thường xuyên cho hơn 200 lao động địa phương, trong đó khoảng 70% là lao động nữ. Thu nhập của người lao động từ 6 đến 7,5 triệu đồng/người/tháng.

Năm 2023, HTX sản xuất khoảng 85.000 m2 mành trúc, mành tre các loại, doanh thu đạt 14,2 tỷ đồng, tăng 15% so với năm 2022; lợi nhuận 1,8 tỷ đồng. Hai sản phẩm mành trúc sơn mài và mành tre chỉ của HTX được công nhận OCOP 4 sao. Giá bán từ 250.000 đến 600.000 đồng/m2 tùy loại.

Ông Nguyễn Văn Thạo, Giám đốc HTX cho biết, 2 tháng đầu năm 2024, HTX đã xuất khẩu 4 container mành sang Nhật Bản và Đức, trị giá gần 3,1 tỷ đồng. Năm nay, HTX phấn đấu doanh thu đạt 16 tỷ đồng, dự kiến tuyển thêm từ 30 đến 40 lao động.

Hiện trên địa bàn huyện có 5 làng nghề mành trúc, gồm 3 làng nghề ở xã Phương Tú và 2 làng nghề ở xã Trung Tú, thu hút khoảng 1.500 hộ tham gia. Mục tiêu đến năm 2025, 100% cơ sở sản xuất mành trên địa bàn huyện đạt tiêu chuẩn về môi trường.

Nguồn: Phòng Kinh tế huyện Ứng Hòa

Tin khác:
- Ứng Hòa ra quân thực hiện Tết trồng cây
- Hội nghị tổng kết công tác khuyến nông

Địa chỉ: Thị trấn Vân Đình, huyện Ứng Hòa, TP Hà Nội - Điện thoại: 024.3388.2101
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên Hợp tác xã Mành trúc Phương Tú khi thành lập", period=Y16),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên Hợp tác xã Mành trúc Phương Tú"),
    fig("hơn 200 lao động", "200", 200, "count", "lao động", approx="over",
        subject="lao động địa phương có việc làm thường xuyên"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ lệ lao động nữ"),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="thu nhập của người lao động"),
    fig("khoảng 85.000 m2", "85.000", 85000, "measure", "m2", approx="about",
        subject="mành trúc, mành tre các loại HTX sản xuất", period=Y23),
    fig("đạt 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu HTX", period=Y23),
    fig("nhuận 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", subject="lợi nhuận HTX", period=Y23),
    fig("Hai sản phẩm", "Hai", 2, "count", "sản phẩm", subject="sản phẩm của HTX được công nhận OCOP 4 sao"),
    fig("từ 250.000 đến 600.000", "250.000", 250000, "money", "đồng/m2", value_max=600000,
        subject="giá bán mành"),
    fig("khẩu 4 container", "4", 4, "count", "container", subject="mành HTX xuất khẩu sang Nhật Bản và Đức",
        period=M2),
    fig("gần 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="nearly", subject="trị giá mành xuất khẩu",
        period=M2),
    fig("đạt 16 tỷ", "16", 16e9, "money", "đồng", status="target", subject="doanh thu HTX", period=NOW),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động HTX tuyển thêm", period=NOW),
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề mành trúc trên địa bàn huyện"),
    fig("gồm 3 làng nghề", "3", 3, "count", "làng nghề", total=5, subject="làng nghề mành trúc ở xã Phương Tú"),
    fig("và 2 làng nghề", "2", 2, "count", "làng nghề", total=5, subject="làng nghề mành trúc ở xã Trung Tú"),
    fig("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ", approx="about", subject="hộ tham gia làng nghề mành trúc"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất mành trên địa bàn huyện đạt tiêu chuẩn về môi trường", period=T25),
]

NOTES = [
    "District portal (huyện Ứng Hòa, Hà Nội): portal banner naming the district, menu, '18/03/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: founding year 'năm 2016', 'OCOP 4 sao', 10:20, phone 024.3388.2101.",
    "Location: every figure is the district's (the HTX and the villages stand in communes of Ứng Hòa; communes are not a location level).",
    "revised after the first run: the subjects of 12 and 46 thành viên name the cooperative as this sentence does",
    "('Hợp tác xã Mành trúc Phương Tú'), not by the abbreviation 'HTX' that only later sentences use.",
    "'với 12 thành viên' at founding takes the founding year 2016 (same clause); 'nay đã có 46' has no period.",
    "'trong đó khoảng 70% là lao động nữ' has no number of its own: a percent figure (no chiếm/đạt after an amount).",
    "'Hai sản phẩm' is a number word (count). 'gồm 3 ... và 2 ...' are parts of 'có 5 làng nghề' (total 5).",
    "'Năm nay' = 2024 (published); 'phấn đấu' → target; 'dự kiến' → forecast (its own clause). 'Mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1464-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Ứng Hòa")
