"""p1270-2: district portal (huyện Trảng Bom, Đồng Nai): a semi-wild zoo during Tết Giáp Thìn 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẢNG BOM - TỈNH ĐỒNG NAI
Trang chủ | Tin tức | Kinh tế - Xã hội | Văn bản | Liên hệ

Vườn thú Suối Tre đông khách dịp Tết Giáp Thìn
Ngày đăng: 19/02/2024 - 10:20

Trong 9 ngày nghỉ Tết Nguyên đán (từ ngày 8 đến 16/2/2024), Vườn thú bán hoang dã Suối Tre tại xã Sông Trầu đã đón khoảng 68.500 lượt khách, tăng gần 25% so với Tết Quý Mão 2023; doanh thu đạt trên 9,6 tỷ đồng, vượt 20% kế hoạch. Riêng ngày 12/2 (mùng 3 Tết), vườn thú đón hơn 12.000 lượt khách. Ban quản lý bố trí 210 nhân viên trực Tết, trong đó ba chục người làm nhiệm vụ hướng dẫn và cứu hộ.

Hiện vườn thú có diện tích 42 ha, đang nuôi khoảng 1.200 cá thể của 85 loài, gồm 48 loài thú, 29 loài chim và 8 loài bò sát. Giá vé năm nay giữ ổn định ở mức 150.000 đồng/vé người lớn và 80.000 đồng/vé trẻ em; xe điện tham quan 30.000 đồng/lượt. Ngoài 6 ha cỏ tự trồng cho năng suất khoảng 180 tấn/ha/năm, mỗi tháng vườn thú còn thu mua khoảng 45 tấn cỏ voi của nông dân trong xã với giá 1.500 đồng/kg.

Theo UBND xã Sông Trầu, năm 2023 vườn thú nộp ngân sách gần 2,3 tỷ đồng, tạo việc làm cho 186 lao động địa phương với mức lương từ 7 đến 9 triệu đồng/người/tháng. Năm 2024, đơn vị dự kiến đầu tư thêm 15 tỷ đồng mở rộng khu chim và phấn đấu đón 320.000 lượt khách.

Nguồn: Phòng Văn hóa và Thông tin huyện Trảng Bom

Tin khác:
- Huyện Trảng Bom ra quân Tết trồng cây Xuân Giáp Thìn 2024
- Hội thi Hội Xuân lần thứ 12 tại xã Sông Trầu

Địa chỉ: Số 1 đường 2/9, thị trấn Trảng Bom. Điện thoại: 0251.3866.125
"""

TB = "Trảng Bom"
TET = per("Trong 9 ngày nghỉ Tết Nguyên đán (từ ngày 8 đến 16/2/2024)", "2024-02-08", "2024-02-16")
D12 = per("ngày 12/2", "2024-02-12", "2024-02-12")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 68.500 lượt", "68.500", 68500, "count", "lượt khách", approx="about",
        change=chg("increase", 25, "%", "Tết Quý Mão 2023", approx="nearly"),
        subject="lượt khách Vườn thú bán hoang dã Suối Tre đón", period=TET),
    fig("trên 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="over", change=chg("increase", 20, "%", "kế hoạch"),
        subject="doanh thu", period=TET),
    fig("hơn 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="over",
        subject="lượt khách vườn thú đón", period=D12),
    fig("trí 210 nhân viên", "210", 210, "count", "nhân viên", subject="nhân viên trực Tết", period=inh(TET)),
    fig("ba chục người", "ba chục", 30, "count", "người", total=210,
        subject="người làm nhiệm vụ hướng dẫn và cứu hộ", period=inh(TET)),
    fig("diện tích 42 ha", "42", 42, "measure", "ha", subject="diện tích vườn thú"),
    fig("khoảng 1.200 cá thể", "1.200", 1200, "count", "cá thể", approx="about",
        subject="cá thể vườn thú đang nuôi"),
    fig("của 85 loài", "85", 85, "count", "loài", subject="loài vườn thú đang nuôi"),
    fig("gồm 48 loài", "48", 48, "count", "loài", total=85, subject="loài thú"),
    fig("29 loài chim", "29", 29, "count", "loài", total=85, subject="loài chim"),
    fig("và 8 loài", "8", 8, "count", "loài", total=85, subject="loài bò sát"),
    fig("150.000 đồng/vé", "150.000", 150000, "money", "đồng/vé", subject="giá vé người lớn", period=NOW),
    fig("80.000 đồng/vé", "80.000", 80000, "money", "đồng/vé", subject="giá vé trẻ em", period=NOW),
    fig("30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", subject="giá xe điện tham quan", period=NOW),
    fig("Ngoài 6 ha", "6", 6, "measure", "ha", subject="diện tích cỏ tự trồng"),
    fig("khoảng 180 tấn", "180", 180, "measure", "tấn/ha/năm", approx="about", subject="năng suất cỏ tự trồng"),
    fig("khoảng 45 tấn", "45", 45, "measure", "tấn/tháng", approx="about",
        subject="cỏ voi vườn thú thu mua mỗi tháng"),
    fig("giá 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", subject="giá thu mua cỏ voi"),
    fig("gần 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="nearly", subject="vườn thú nộp ngân sách",
        period=Y23),
    fig("cho 186 lao động", "186", 186, "count", "lao động", subject="lao động địa phương vườn thú tạo việc làm",
        period=Y23),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="mức lương lao động địa phương", period=Y23),
    fig("thêm 15 tỷ", "15", 15e9, "money", "đồng", status="forecast", subject="vốn đầu tư mở rộng khu chim",
        period=Y24),
    fig("đón 320.000 lượt", "320.000", 320000, "count", "lượt khách", status="target",
        subject="lượt khách đơn vị phấn đấu đón", period=Y24),
]

NOTES = [
    "District portal (huyện Trảng Bom, Đồng Nai): banner, menu, 'Ngày đăng: 19/02/2024 - 10:20' (published), 'Nguồn:', 'Tin khác', address footer.",
    "xã Sông Trầu lies in huyện Trảng Bom: location Trảng Bom for every figure.",
    "'9 ngày nghỉ Tết' is a duration that locates the figures in time (not a figure); the period is 'từ ngày 8 đến 16/2/2024'.",
    "'Riêng ngày 12/2 (mùng 3 Tết)' -> period 2024-02-12; 'mùng 3 Tết' is a date, not a figure. 'ba chục người' = 30, total 210 ('trong đó'); the Tết staff figures inherit the Tết period.",
    "'gồm 48 loài thú, 29 loài chim và 8 loài bò sát' add up to 85 -> total 85. 'năm nay' -> 2024 (published) for the three prices.",
    "'vượt 20% kế hoạch' -> change (increase 20, baseline kế hoạch) of the 9,6 tỷ. 'mỗi tháng ... khoảng 45 tấn' -> tấn/tháng; '180 tấn/ha/năm' keeps both denominators.",
    "'dự kiến đầu tư' -> forecast; 'phấn đấu đón' (own cue) -> target.",
    "Distractors: 19/02/2024 - 10:20, 'Giáp Thìn 2024', 'lần thứ 12', 'Số 1 đường 2/9', phone 0251.3866.125, 'Tết Quý Mão 2023' (baseline).",
]

if __name__ == "__main__":
    write("p1270-2", TEXT, NOTES, FIGS, published="2024-02-19", location=TB)
