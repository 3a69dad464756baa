"""p1522-2: district portal (huyện Thường Tín, Hà Nội): sofa trade in xã Nhị Khê and one cooperative."""
from lib import F, P, inh, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

Nghề đóng sofa giúp Nhị Khê thêm nguồn thu
25/06/2024 - 15:10

Bên cạnh nghề tiện gỗ truyền thống, xã Nhị Khê đã hình thành nghề đóng khung, bọc nệm sofa với 58 hộ tham gia, giải quyết việc làm cho gần 400 lao động, trong đó có 230 lao động nữ.

Điển hình là Hợp tác xã Nội thất Nhị Khê, thành lập năm 2019, hiện có 12 thành viên. Năm 2023, hợp tác xã sản xuất 2.150 bộ sofa các loại, doanh thu đạt 18,7 tỷ đồng, tăng 24% so với năm 2022; lợi nhuận khoảng 1,9 tỷ đồng. Hợp tác xã có hai xưởng với tổng diện tích 1.600 m2, sử dụng 45 lao động thường xuyên, thu nhập bình quân 9,5 triệu đồng/người/tháng. Sofa nỉ của hợp tác xã có giá từ 9 đến 25 triệu đồng/bộ, sofa da từ 30 triệu đồng/bộ trở lên.

Năm 2024, hợp tác xã phấn đấu doanh thu 22 tỷ đồng; 5 tháng đầu năm đã đạt 8,3 tỷ đồng, bằng 37,7% kế hoạch.

Toàn huyện hiện có 4 làng nghề có sản xuất đồ nội thất bọc nệm là Nhị Khê, Vạn Điểm, Hiền Giang và Tự Nhiên. Mục tiêu đến năm 2025, huyện có ít nhất 2 sản phẩm sofa đạt chuẩn OCOP 3 sao trở lên; giá trị sản xuất nghề sofa toàn huyện đạt khoảng 150 tỷ đồng.

Nguồn: Phòng Kinh tế huyện Thường Tín

Tin khác:
- Thường Tín tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Vạn Điểm ra mắt Tổ hợp tác số 2

Địa chỉ: Thị trấn Thường Tín, huyện Thường Tín, TP Hà Nội | Điện thoại: 024.3376.8215
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
HTX = "hợp tác xã"

FIGS = [
    F("với 58 hộ", "58", 58, "count", "hộ", subject="hộ tham gia nghề đóng khung, bọc nệm sofa"),
    F("gần 400 lao động", "400", 400, "count", "lao động", approx="nearly",
      subject="lao động được giải quyết việc làm"),
    F("có 230 lao động nữ", "230", 230, "count", "lao động nữ", total=400, subject="lao động nữ"),
    F("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên Hợp tác xã Nội thất Nhị Khê"),
    F("sản xuất 2.150 bộ", "2.150", 2150, "count", "bộ sofa", subject="bộ sofa các loại hợp tác xã sản xuất",
      period=Y23),
    F("đạt 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", change=C("increase", 24, "%", "năm 2022"),
      subject="doanh thu hợp tác xã", period=Y23),
    F("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about", subject="lợi nhuận hợp tác xã", period=Y23),
    F("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng của hợp tác xã"),
    F("tích 1.600 m2", "1.600", 1600, "measure", "m2", subject="tổng diện tích xưởng"),
    F("sử dụng 45 lao động", "45", 45, "count", "lao động", subject="lao động thường xuyên hợp tác xã sử dụng"),
    F("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("từ 9 đến 25 triệu", "9", 9e6, "money", "đồng/bộ", value_max=25e6, subject="giá sofa nỉ của hợp tác xã"),
    F("từ 30 triệu", "30", 30e6, "money", "đồng/bộ", approx="at_least", subject="giá sofa da"),
    F("doanh thu 22 tỷ", "22", 22e9, "money", "đồng", status="target", subject="doanh thu hợp tác xã", period=Y24),
    F("đạt 8,3 tỷ", "8,3", 8.3e9, "money", "đồng", percent=37.7, subject="doanh thu hợp tác xã", period=M5),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", subject="làng nghề có sản xuất đồ nội thất bọc nệm"),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm sofa đạt chuẩn OCOP 3 sao trở lên", period=TO25),
    F("khoảng 150 tỷ", "150", 150e9, "money", "đồng", approx="about", status="target",
      subject="giá trị sản xuất nghề sofa toàn huyện", period=TO25),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner naming the district, breadcrumb, '25/06/2024 - 15:10', 'Nguồn:', 'Tin khác', footer.",
    "Location Thường Tín for all (xã Nhị Khê is a commune of the district; the portal implies the district).",
    "Distractors: founding year 'năm 2019', 'OCOP 3 sao', '6 tháng đầu năm 2024' in a link title, 'Tổ hợp tác số 2', phone, time 15:10.",
    "'trong đó có 230 lao động nữ' -> total 400 (the whole 'gần 400 lao động'). 'hai xưởng' is a number word.",
    "'từ 30 triệu đồng/bộ trở lên': 'trở lên' (and above) -> approx at_least.",
    "'phấn đấu doanh thu 22 tỷ' target; after ';' '5 tháng đầu năm đã đạt 8,3 tỷ đồng, bằng 37,7% kế hoạch' is actual with percent 37,7;",
    "'5 tháng đầu năm' takes 2024 from 'Năm 2024' before it. 'Mục tiêu đến năm 2025' governs both clauses of its sentence (target).",
    "'hiện có 12 thành viên', 'hai xưởng' etc. stand in present tense: no period.",
]

if __name__ == "__main__":
    write("p1522-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Thường Tín")
