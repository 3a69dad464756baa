"""p1519-1: province portal (Hà Nam): silk-flower trade 9 months 2024, a cooperative in Lý Nhân."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghề làm hoa lụa ước đạt hơn 180 tỷ đồng trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất của nghề làm hoa lụa, hoa vải trang trí trên địa bàn tỉnh ước đạt 183,6 tỷ đồng, tăng 11,4% so với cùng kỳ năm 2023, bằng 72,8% kế hoạch năm.

Toàn tỉnh hiện có 27 cơ sở và 4 hợp tác xã làm hoa lụa, tập trung ở huyện Lý Nhân và thị xã Duy Tiên, thu hút khoảng 2.300 lao động, trong đó lao động nữ chiếm gần 85%. Thu nhập bình quân của lao động làm hoa từ 5,5 đến 7 triệu đồng/người/tháng.

Tại xã Nhân Thịnh, huyện Lý Nhân, Hợp tác xã Hoa lụa Thịnh Phát hiện có 140 thành viên, liên kết với hơn 300 hộ gia công tại nhà. Mỗi tháng, hợp tác xã xuất xưởng khoảng 45.000 cành hoa các loại, chủ yếu là hồng, mẫu đơn và lan hồ điệp. Từ đầu năm đến nay, doanh thu của hợp tác xã đạt 21,5 tỷ đồng, tăng 2,3 tỷ đồng so với cùng kỳ; hàng xuất khẩu sang Nhật Bản, Hàn Quốc chiếm 60% doanh thu. Giá bán buôn một cành hồng lụa loại thường từ 12.000 đến 15.000 đồng, loại cao cấp 35.000 đồng/cành.

Quý IV là mùa cao điểm chuẩn bị hàng Tết, các cơ sở phấn đấu đạt thêm khoảng 70 tỷ đồng, đưa giá trị sản xuất cả năm lên trên 250 tỷ đồng. Thực hiện Quyết định số 1125/QĐ-UBND, tỉnh hỗ trợ mở 2 lớp đào tạo nghề làm hoa lụa cho 60 lao động nông thôn.

Tin liên quan:
- Hà Nam: Hội chợ sản phẩm OCOP năm 2024
- Duy Tiên phát triển làng nghề gắn với du lịch
- Lý Nhân: 5 nhiệm vụ trọng tâm quý IV
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
LN = "Lý Nhân"

FIGS = [
    fig("ước đạt hơn 180 tỷ", "180", 180e9, "money", "đồng", approx="over", status="estimate",
        subject="nghề làm hoa lụa", period=NINE_H),
    fig("ước đạt 183,6 tỷ", "183,6", 183.6e9, "money", "đồng", status="estimate", percent=72.8,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất của nghề làm hoa lụa, hoa vải trang trí", period=NINE),
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở làm hoa lụa"),
    fig("và 4 hợp tác xã", "4", 4, "count", "hợp tác xã", subject="hợp tác xã làm hoa lụa"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động làm hoa lụa"),
    fig("gần 85%", "85", 85, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ"),
    fig("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân của lao động làm hoa"),
    fig("có 140 thành viên", "140", 140, "count", "thành viên",
        subject="thành viên Hợp tác xã Hoa lụa Thịnh Phát", location=LN),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over",
        subject="hộ gia công tại nhà liên kết với hợp tác xã", location=LN),
    fig("khoảng 45.000 cành", "45.000", 45000, "measure", "cành/tháng", approx="about",
        subject="cành hoa hợp tác xã xuất xưởng mỗi tháng", location=LN),
    fig("đạt 21,5 tỷ", "21,5", 21.5e9, "money", "đồng", change=chg("increase", 2.3e9, "đồng", "cùng kỳ"),
        subject="doanh thu của hợp tác xã", period=YTD, location=LN),
    fig("chiếm 60%", "60", 60, "percent", "%", subject="tỷ trọng hàng xuất khẩu sang Nhật Bản, Hàn Quốc trong doanh thu",
        period=YTD, location=LN),
    fig("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/cành", value_max=15000,
        subject="giá bán buôn hồng lụa loại thường", location=LN),
    fig("cấp 35.000 đồng", "35.000", 35000, "money", "đồng/cành",
        subject="giá bán buôn hồng lụa loại cao cấp", location=LN),
    fig("thêm khoảng 70 tỷ", "70", 70e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất các cơ sở đạt thêm", period=Q4),
    fig("trên 250 tỷ", "250", 250e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất cả năm", period=YEAR),
    fig("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp đào tạo nghề làm hoa lụa"),
    fig("cho 60 lao động", "60", 60, "count", "lao động", subject="lao động nông thôn được đào tạo nghề làm hoa lụa"),
]

NOTES = [
    "Province portal (Hà Nam): silk-flower production value 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, Quyết định số 1125/QĐ-UBND, 'năm 2024' and '5 nhiệm vụ ... quý IV' in related-link titles,",
    "'một cành' (the price's denominator, not a figure).",
    "Headline 'ước đạt hơn 180 tỷ đồng trong 9 tháng': its own figure (estimate, over); year-less '9 tháng' takes 2024 from published.",
    "183,6 tỷ: first share 'bằng 72,8% kế hoạch năm' is its percent, 'tăng 11,4% so với cùng kỳ năm 2023' its change.",
    "'trong đó lao động nữ chiếm gần 85%' and 'hàng xuất khẩu ... chiếm 60% doanh thu' are percent figures of their own (no base amount).",
    "The cooperative passage in xã Nhân Thịnh, huyện Lý Nhân: location Lý Nhân; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Mỗi tháng ... khoảng 45.000 cành' is a monthly rate (cành/tháng). 'tăng 2,3 tỷ đồng so với cùng kỳ' is a change in đồng.",
    "'Quý IV' → 2024; 'phấn đấu' governs both clauses of the sentence (target). Training classes and trainees: no period.",
]

if __name__ == "__main__":
    write("p1519-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nam")
