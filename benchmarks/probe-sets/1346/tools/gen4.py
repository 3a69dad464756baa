"""p1346-4: ministry site (Bộ NN&PTNT, Cục Thủy lợi): national reservoir storage and algal blooms, May 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi - Phòng chống thiên tai

Gần 50 hồ chứa thủy lợi xuất hiện tảo nở hoa trong mùa khô

Ngày đăng: 14/05/2024 | Nguồn: Cục Thủy lợi

Theo Cục Thủy lợi, cả nước hiện có 6.750 hồ chứa thủy lợi với tổng dung tích trữ khoảng 15 tỷ m3, trong đó có 904 hồ chứa lớn. Tính đến ngày 10/5/2024, dung tích trữ trung bình của các hồ đạt 52% dung tích thiết kế, thấp hơn 9% so với cùng kỳ năm 2023. Các địa phương có dung tích trữ thấp là Ninh Thuận (32%), Bình Thuận (35%) và Khánh Hòa (41%).

Từ đầu năm đến nay, qua kiểm tra, có 47 hồ chứa xuất hiện hiện tượng tảo nở hoa, tăng 15 hồ so với cùng kỳ năm 2023, tập trung ở Quảng Trị (9 hồ), Bình Định (7 hồ) và Đắk Lắk (6 hồ). Quảng Trị đứng thứ nhất cả nước về số hồ có tảo nở hoa.

Nguyên nhân chủ yếu do nắng nóng kéo dài, mực nước xuống thấp và nguồn dinh dưỡng từ khoảng 3.200 lồng bè nuôi cá, nước thải chăn nuôi đổ vào lòng hồ. Tại một số hồ, mật độ tảo lam trên 100.000 tế bào/ml, hàm lượng độc tố microcystin lên tới 3,5 µg/l.

Bộ Nông nghiệp và PTNT yêu cầu các địa phương tăng cường quan trắc, không để nước nhiễm tảo cấp cho sinh hoạt; phấn đấu bảo đảm đủ nước tưới cho khoảng 1,2 triệu ha cây trồng vụ Hè Thu 2024. Mục tiêu đến năm 2030, 100% hồ chứa lớn được lắp đặt thiết bị quan trắc tự động, hiện mới đạt khoảng 35%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = per("Tính đến ngày 10/5/2024", None, "2024-05-10")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
T30 = per("đến năm 2030", None, "2030-12-31")
STORE = "dung tích trữ"
ALGAE = "hồ chứa xuất hiện hiện tượng tảo nở hoa"

FIGS = [
    fig("Gần 50 hồ", "50", 50, "count", "hồ", approx="nearly", subject="hồ chứa thủy lợi xuất hiện tảo nở hoa"),
    fig("có 6.750 hồ", "6.750", 6750, "count", "hồ", subject="hồ chứa thủy lợi"),
    fig("khoảng 15 tỷ", "15", 15e9, "measure", "m3", approx="about", subject="tổng dung tích trữ"),
    fig("có 904 hồ", "904", 904, "count", "hồ", total=6750, subject="hồ chứa lớn"),
    fig("đạt 52%", "52", 52, "percent", "%", change=chg("decrease", 9, "%", "cùng kỳ năm 2023"),
        subject="dung tích trữ trung bình của các hồ so với dung tích thiết kế", period=ASOF),
    fig("Ninh Thuận (32%)", "32", 32, "percent", "%", subject=STORE, period=inh(ASOF), location="Ninh Thuận"),
    fig("Bình Thuận (35%)", "35", 35, "percent", "%", subject=STORE, period=inh(ASOF), location="Bình Thuận"),
    fig("Khánh Hòa (41%)", "41", 41, "percent", "%", subject=STORE, period=inh(ASOF), location="Khánh Hòa"),
    fig("có 47 hồ", "47", 47, "count", "hồ", change=chg("increase", 15, "hồ", "cùng kỳ năm 2023"),
        subject=ALGAE, period=YTD),
    fig("Quảng Trị (9 hồ)", "9", 9, "count", "hồ", subject=ALGAE, period=YTD, location="Quảng Trị"),
    fig("Bình Định (7 hồ)", "7", 7, "count", "hồ", subject=ALGAE, period=YTD, location="Bình Định"),
    fig("Đắk Lắk (6 hồ)", "6", 6, "count", "hồ", subject=ALGAE, period=YTD, location="Đắk Lắk"),
    fig("thứ nhất cả nước", "nhất", 1, "rank", "hạng", subject="số hồ có tảo nở hoa", location="Quảng Trị"),
    fig("khoảng 3.200 lồng", "3.200", 3200, "count", "lồng bè", approx="about", subject="lồng bè nuôi cá"),
    fig("trên 100.000 tế bào", "100.000", 100000, "measure", "tế bào/ml", approx="over", subject="mật độ tảo lam"),
    fig("lên tới 3,5", "3,5", 3.5, "measure", "µg/l", subject="hàm lượng độc tố microcystin"),
    fig("khoảng 1,2 triệu ha", "1,2", 1.2e6, "measure", "ha", approx="about", status="target",
        subject="diện tích cây trồng vụ Hè Thu được bảo đảm đủ nước tưới"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="hồ chứa lớn được lắp đặt thiết bị quan trắc tự động", period=T30),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="hồ chứa lớn được lắp đặt thiết bị quan trắc tự động"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 14/05/2024 | Nguồn: Cục Thủy lợi', copyright and address footer.",
    "Distractors: 'ngày 10/5/2024' (as-of date), 'Hè Thu 2024', 'Số 2 Ngọc Hà', phone 024.3846.8161, baseline 'năm 2023'.",
    "National figures → Việt Nam; list items → their province (location), subject = the list's indicator.",
    "'đạt 52% ..., thấp hơn 9% so với cùng kỳ' → percent figure with a change attribute (a share, not a growth rate).",
    "Province lists: 9+7+6 ≠ 47, so no total. 'đứng thứ nhất cả nước' → rank 1 located in Quảng Trị.",
    "'phấn đấu ... khoảng 1,2 triệu ha ... vụ Hè Thu 2024': target; the crop season is given no period (dates not stated).",
    "'Mục tiêu đến năm 2030, 100%' → target; 'hiện mới đạt khoảng 35%' → actual, no period.",
]

if __name__ == "__main__":
    write("p1346-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Việt Nam")
