"""p1486-2: district portal (quận Thanh Xuân, Hà Nội): laundry shops, fire-safety inspection, laundromat prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN THANH XUÂN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế - Đô thị | Cải cách hành chính

Tăng cường kiểm tra an toàn phòng cháy tại các cơ sở giặt là

27/05/2025 - 10:20

Theo Phòng Kinh tế quận, tính đến ngày 15/5/2025, trên địa bàn quận có 148 cơ sở kinh doanh dịch vụ giặt là, tăng 21 cơ sở so với cuối năm 2024. Trong đó có 57 tiệm giặt sấy tự động, 83 tiệm giặt là truyền thống và 8 cơ sở giặt là công nghiệp phục vụ khách sạn, bệnh viện. Các cơ sở tập trung nhiều tại phường Khương Trung (26 cơ sở) và phường Nhân Chính (19 cơ sở), gần các trường đại học và khu chung cư.

Thực hiện Kế hoạch số 112/KH-UBND của UBND quận, từ ngày 2/4 đến 10/5/2025, đoàn kiểm tra liên ngành đã kiểm tra 64 cơ sở, phát hiện 17 cơ sở vi phạm, chủ yếu do đặt máy sấy công suất lớn sát vật liệu dễ cháy, không trang bị bình chữa cháy. Đoàn đã xử phạt vi phạm hành chính 9 cơ sở với tổng số tiền gần 86 triệu đồng, tạm đình chỉ hoạt động hai cơ sở.

Theo khảo sát của Phòng Kinh tế, giá giặt sấy tự động phổ biến từ 15.000 đến 20.000 đồng/kg, giặt chăn, đệm từ 50.000 đến 120.000 đồng/chiếc. Các tiệm giặt sấy tự động thường đầu tư từ 6 đến 10 máy giặt công nghiệp, vốn ban đầu khoảng 400-700 triệu đồng/tiệm, trung bình mỗi ngày đón khoảng ba chục lượt khách.

Thời gian tới, quận phấn đấu 100% cơ sở giặt là được hướng dẫn, ký cam kết bảo đảm an toàn phòng cháy trước ngày 30/6/2025. Quận dự kiến tổ chức 2 lớp tập huấn cho khoảng 150 học viên là chủ cơ sở và người lao động trong tháng 6/2025.

Nguồn: Phòng Kinh tế quận Thanh Xuân
Tin khác:
- Quận Thanh Xuân ra quân Tháng hành động vì môi trường năm 2025
- Đối thoại với hộ kinh doanh trên tuyến phố Nguyễn Trãi

UBND QUẬN THANH XUÂN
Địa chỉ: Số 9 Khuất Duy Tiến, phường Thanh Xuân Bắc | Điện thoại: 024.3858.1436
"""

ASOF = per("tính đến ngày 15/5/2025", end="2025-05-15")
INSP = per("từ ngày 2/4 đến 10/5/2025", "2025-04-02", "2025-05-10")
DEADLINE = per("trước ngày 30/6/2025", end="2025-06-30")
JUNE = per("trong tháng 6/2025", "2025-06-01", "2025-06-30")

FIGS = [
    fig("có 148 cơ sở", "148", 148, "count", "cơ sở",
        change=chg("increase", 21, "cơ sở", "cuối năm 2024"),
        subject="cơ sở kinh doanh dịch vụ giặt là", period=ASOF),
    fig("có 57 tiệm", "57", 57, "count", "tiệm", total=148,
        subject="tiệm giặt sấy tự động", period=inh(ASOF)),
    fig("83 tiệm", "83", 83, "count", "tiệm", total=148,
        subject="tiệm giặt là truyền thống", period=inh(ASOF)),
    fig("8 cơ sở giặt là", "8", 8, "count", "cơ sở", total=148,
        subject="cơ sở giặt là công nghiệp phục vụ khách sạn, bệnh viện", period=inh(ASOF)),
    fig("(26 cơ sở)", "26", 26, "count", "cơ sở",
        subject="cơ sở giặt là", period=inh(ASOF)),
    fig("(19 cơ sở)", "19", 19, "count", "cơ sở",
        subject="cơ sở giặt là", period=inh(ASOF)),
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở được đoàn kiểm tra liên ngành kiểm tra", period=INSP),
    fig("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở",
        subject="cơ sở vi phạm", period=INSP),
    fig("hành chính 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(INSP)),
    fig("gần 86 triệu", "86", 86e6, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt", period=inh(INSP)),
    fig("hoạt động hai cơ sở", "hai", 2, "count", "cơ sở",
        subject="cơ sở bị tạm đình chỉ hoạt động", period=inh(INSP)),
    fig("từ 15.000 đến 20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000,
        subject="giá giặt sấy tự động"),
    fig("từ 50.000 đến 120.000", "50.000", 50000, "money", "đồng/chiếc", value_max=120000,
        subject="giá giặt chăn, đệm"),
    fig("từ 6 đến 10 máy", "6", 6, "count", "máy giặt", value_max=10,
        subject="máy giặt công nghiệp các tiệm giặt sấy tự động đầu tư"),
    fig("khoảng 400-700 triệu", "400", 400e6, "money", "đồng/tiệm", value_max=700e6, approx="about",
        subject="vốn ban đầu của tiệm giặt sấy tự động"),
    fig("khoảng ba chục", "ba", 30, "measure", "lượt khách/ngày", approx="about",
        subject="lượt khách tiệm đón mỗi ngày"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở giặt là được hướng dẫn, ký cam kết bảo đảm an toàn phòng cháy", period=DEADLINE),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", status="forecast",
        subject="lớp tập huấn", period=JUNE),
    fig("khoảng 150 học viên", "150", 150, "count", "học viên", approx="about", status="forecast",
        subject="học viên là chủ cơ sở và người lao động", period=JUNE),
]

NOTES = [
    "District portal (quận Thanh Xuân, Hà Nội): banner, menu, '27/05/2025 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: Kế hoạch số 112/KH-UBND, dates '2/4', '10/5/2025', '30/6/2025', 'năm 2025' in a link, 'Số 9 Khuất Duy Tiến', phone 024.3858.1436.",
    "'tính đến ngày 15/5/2025' is an as-of date (start null); 'tăng 21 cơ sở so với cuối năm 2024' is a change in cơ sở.",
    "'Trong đó có 57 …, 83 … và 8 …' after a sentence break: parts of 148 (they add up); period inherited.",
    "Ward items 'phường Khương Trung (26 cơ sở)': no total (no cue, no sum). Location stays the district Thanh Xuân: the location field holds",
    "a province, city or district (FIGURES.md §3), and a ward is below that.",
    "revised after the first run: the two ward items had location = the ward (Khương Trung, Nhân Chính); now Thanh Xuân (see above).",
    "'kiểm tra 64 cơ sở, phát hiện 17 cơ sở vi phạm': no cue, so no total. 'hai cơ sở' is a number word.",
    "Standing prices and shop averages (no period). 'khoảng ba chục lượt khách' mỗi ngày = 30, rate lượt khách/ngày, approx about.",
    "'trước ngày 30/6/2025' is the deadline of the target (end only); the 'dự kiến' sentence is forecast, period tháng 6/2025.",
]

if __name__ == "__main__":
    write("p1486-2", TEXT, NOTES, FIGS, published="2025-05-27", location="Thanh Xuân")
