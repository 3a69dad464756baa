"""p1484-2: district portal (huyện Đức Thọ, Hà Tĩnh): notebooks donated to pupils in need, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC THỌ - TỈNH HÀ TĨNH
Trang chủ / Tin tức - Sự kiện / Giáo dục - Đào tạo

Trao tặng hơn 25.000 cuốn vở cho học sinh có hoàn cảnh khó khăn

20/08/2024 - 15:45

Sáng 20/8, tại Hội trường UBND huyện, Hội Khuyến học huyện phối hợp với Huyện đoàn tổ chức trao vở tặng học sinh có hoàn cảnh khó khăn nhân dịp năm học mới.

Năm nay, chương trình "Nâng bước em đến trường" đã vận động được 25.600 cuốn vở, tăng gần 4.000 cuốn so với năm 2023, cùng 320 bộ sách giáo khoa và ba chục chiếc xe đạp. Tổng giá trị quà tặng khoảng 285 triệu đồng, trong đó vở chiếm khoảng 60%.

Mỗi suất quà trị giá 150.000 đồng, gồm vở, bút, thước kẻ và túi đựng. Dịp này, 1.250 học sinh của 27 trường tiểu học, trung học cơ sở trên địa bàn huyện được nhận quà, trong đó có 186 em là con gia đình chính sách và 74 em mồ côi cha hoặc mẹ.

Ông Nguyễn Văn Hùng, Chủ tịch Hội Khuyến học huyện cho biết, từ năm 2020 đến nay, chương trình đã trao tặng hơn 110.000 cuốn vở, tổng trị giá trên 1,3 tỷ đồng. Nhiều đơn vị như Công ty TNHH In Hồng Lam 68, Cửa hàng sách Tùng Lâm đã đồng hành cùng chương trình ngay từ những năm đầu.

Năm 2025, Hội phấn đấu vận động ít nhất 30.000 cuốn vở và mở rộng chương trình tới hai xã vùng khó là Tân Hương, Đức Đồng.

Nguồn: Hội Khuyến học huyện Đức Thọ

Tin khác:
- Đức Thọ tổng kết năm học 2023-2024
- Hội nghị sơ kết 6 tháng đầu năm 2024 công tác Đoàn

Địa chỉ: Số 06 đường Trần Phú, thị trấn Đức Thọ | Điện thoại: 0239.3832.115
"""

NAY = per("Năm nay", "2024-01-01", "2024-12-31")
SINCE = per("từ năm 2020 đến nay", "2020-01-01", "2024-08-20")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 25.000 cuốn", "25.000", 25000, "count", "cuốn vở", approx="over",
        subject="vở trao tặng cho học sinh có hoàn cảnh khó khăn"),
    fig("được 25.600 cuốn", "25.600", 25600, "count", "cuốn vở",
        change=chg("increase", 4000, "cuốn", "năm 2023", approx="nearly"),
        subject="vở chương trình vận động được", period=NAY),
    fig("320 bộ", "320", 320, "count", "bộ", subject="bộ sách giáo khoa vận động được", period=NAY),
    fig("ba chục chiếc", "ba", 30, "count", "chiếc", subject="xe đạp vận động được", period=NAY),
    fig("khoảng 285 triệu", "285", 285e6, "money", "đồng", approx="about",
        subject="tổng giá trị quà tặng", period=inh(NAY)),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="vở trong tổng giá trị quà tặng", period=inh(NAY)),
    fig("150.000 đồng", "150.000", 150000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
    fig("1.250 học sinh", "1.250", 1250, "count", "học sinh", subject="học sinh được nhận quà"),
    fig("của 27 trường", "27", 27, "count", "trường", subject="trường tiểu học, trung học cơ sở có học sinh nhận quà"),
    fig("có 186 em", "186", 186, "count", "em", total=1250, subject="học sinh là con gia đình chính sách"),
    fig("74 em", "74", 74, "count", "em", total=1250, subject="học sinh mồ côi cha hoặc mẹ"),
    fig("hơn 110.000 cuốn", "110.000", 110000, "count", "cuốn vở", approx="over",
        subject="vở chương trình đã trao tặng", period=SINCE),
    fig("trên 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over", subject="tổng trị giá vở đã trao tặng",
        period=SINCE),
    fig("ít nhất 30.000 cuốn", "30.000", 30000, "count", "cuốn vở", approx="at_least", status="target",
        subject="vở Hội vận động", period=Y25),
    fig("tới hai xã", "hai", 2, "count", "xã", status="target", subject="xã vùng khó được mở rộng chương trình",
        period=Y25),
]

NOTES = [
    "District portal (huyện Đức Thọ, Hà Tĩnh): banner naming the district, breadcrumb, '20/08/2024 - 15:45', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 20/8', 15:45, 'In Hồng Lam 68', 'năm học 2023-2024', '6 tháng đầu năm 2024' in links, 'Số 06 đường Trần Phú', phone.",
    "'Năm nay' = 2024 (dateline). 'tăng gần 4.000 cuốn so với năm 2023' → change in cuốn, approx nearly. 'ba chục chiếc' = 30.",
    "'trong đó vở chiếm khoảng 60%' is the share of notebooks in the 285 triệu: a percent figure of its own, not an attribute of 285.",
    "'Mỗi suất quà trị giá 150.000 đồng' → money per package (đồng/suất). 186 and 74 after 'trong đó' → total 1.250.",
    "'từ năm 2020 đến nay' ends at the dateline 2024-08-20. 'phấn đấu' governs both clauses of the 2025 sentence (target).",
    "Location Đức Thọ throughout (the district portal; the communes in the last sentence are the programme's scope, not the figure's place).",
]

if __name__ == "__main__":
    write("p1484-2", TEXT, NOTES, FIGS, published="2024-08-20", location="Đức Thọ")
