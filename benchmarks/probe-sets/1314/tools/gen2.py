"""p1314-2: district portal (huyện Trấn Yên, Yên Bái): sawdust pellets at a cooperative; district wood processing."""
from lib import fig, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẤN YÊN - TỈNH YÊN BÁI

Trang chủ / Tin tức / Kinh tế

Trấn Yên: Mùn cưa thành viên nén, thêm việc làm cho lao động nông thôn

18/04/2024 08:45

Toàn huyện hiện có 176 cơ sở chế biến gỗ, trong đó 38 cơ sở sản xuất dăm gỗ và 12 cơ sở ép viên nén từ mùn cưa. Quý I/2024, các cơ sở tiêu thụ khoảng 95.000 m3 gỗ rừng trồng, tăng 8% so với cùng kỳ; giá trị sản xuất đạt 412 tỷ đồng.

Tại xã Việt Thành, Hợp tác xã Lâm sản Hồng Phát thành lập năm 2019, hiện có 9 thành viên, đã đầu tư hai dây chuyền ép viên nén. Mỗi tháng, hợp tác xã thu mua khoảng 600 tấn mùn cưa, dăm bào với giá từ 900 đến 1.100 đồng/kg, sản xuất gần 350 tấn viên nén bán cho các lò sấy, lò hơi trong tỉnh với giá 2.300 đồng/kg. Năm 2023, doanh thu của hợp tác xã đạt 9,4 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng. Hợp tác xã tạo việc làm thường xuyên cho ba chục lao động, thu nhập 7-8 triệu đồng/người/tháng.

"Trước đây mùn cưa phải đổ bỏ hoặc đốt, nay mỗi xe đều bán được tiền", ông Hà Văn Tuấn, Giám đốc hợp tác xã cho biết.

Năm nay, huyện phấn đấu thu hút thêm 2 dự án sản xuất viên nén với tổng vốn khoảng 150 tỷ đồng; giá trị sản xuất ngành chế biến gỗ cả năm dự kiến đạt 1.850 tỷ đồng.

Tin khác:
- Trấn Yên tổng kết công tác trồng rừng năm 2023
- Hội nghị triển khai Nghị quyết số 03-NQ/HU của Ban Thường vụ Huyện ủy

Cơ quan chủ quản: UBND huyện Trấn Yên
Địa chỉ: Tổ dân phố 4, thị trấn Cổ Phúc, huyện Trấn Yên, tỉnh Yên Bái
Điện thoại: 0216.3835.117
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm nay", "2024-01-01", "2024-12-31")
Y24b = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 176 cơ sở", "176", 176, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("38 cơ sở", "38", 38, "count", "cơ sở", total=176, subject="cơ sở sản xuất dăm gỗ"),
    fig("12 cơ sở", "12", 12, "count", "cơ sở", total=176, subject="cơ sở ép viên nén từ mùn cưa"),
    fig("khoảng 95.000 m3", "95.000", 95000, "measure", "m3", approx="about",
        change=change("increase", 8, "%", "cùng kỳ"),
        subject="gỗ rừng trồng các cơ sở tiêu thụ", period=Q1),
    fig("đạt 412 tỷ", "412", 412e9, "money", "đồng", subject="giá trị sản xuất của các cơ sở chế biến gỗ",
        period=Q1),
    fig("có 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên Hợp tác xã Lâm sản Hồng Phát"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền ép viên nén hợp tác xã đã đầu tư"),
    fig("khoảng 600 tấn", "600", 600, "measure", "tấn/tháng", approx="about",
        subject="mùn cưa, dăm bào hợp tác xã thu mua mỗi tháng"),
    fig("từ 900 đến 1.100", "900", 900, "money", "đồng/kg", value_max=1100,
        subject="giá thu mua mùn cưa, dăm bào"),
    fig("gần 350 tấn", "350", 350, "measure", "tấn/tháng", approx="nearly",
        subject="viên nén hợp tác xã sản xuất mỗi tháng"),
    fig("giá 2.300 đồng/kg", "2.300", 2300, "money", "đồng/kg", subject="giá bán viên nén"),
    fig("đạt 9,4 tỷ", "9,4", 9.4e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y23),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="lợi nhuận của hợp tác xã",
        period=Y23),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động hợp tác xã tạo việc làm thường xuyên"),
    fig("thu nhập 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động hợp tác xã"),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="target",
        subject="dự án sản xuất viên nén huyện thu hút thêm", period=Y24),
    fig("khoảng 150 tỷ", "150", 150e9, "money", "đồng", approx="about", status="target",
        subject="tổng vốn các dự án sản xuất viên nén", period=Y24),
    fig("đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", status="forecast",
        subject="giá trị sản xuất ngành chế biến gỗ cả năm", period=Y24b),
]

NOTES = [
    "District portal (huyện Trấn Yên, Yên Bái): banner naming the district, breadcrumb, bare '18/04/2024 08:45' under the headline, 'Tin khác', footer.",
    "Distractors: 08:45, founding year 'năm 2019', 'năm 2023' in a link, 'Nghị quyết số 03-NQ/HU', 'Tổ dân phố 4', phone 0216.3835.117.",
    "Location: the district (Trấn Yên) for every figure, the cooperative in xã Việt Thành included (a commune is below the spec's place level).",
    "'trong đó 38 ... và 12 ...' are parts of 176 cơ sở. 'Mỗi tháng' amounts are rates (tấn/tháng). 'ba chục lao động' = 30 (number word).",
    "'hiện có 9 thành viên', prices, the 30 workers and wage have no period. 'Năm nay' = 2024 (published). 'phấn đấu' governs the",
    "first clause (target, including 'khoảng 150 tỷ'); the clause after ';' has its own cue 'dự kiến' (forecast); 'cả năm' → 2024.",
]

if __name__ == "__main__":
    write("p1314-2", TEXT, NOTES, FIGS, published="2024-04-18", location="Trấn Yên")
