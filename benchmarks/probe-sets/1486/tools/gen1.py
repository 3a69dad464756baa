"""p1486-1: province portal (Hải Phòng): washing-machine output 9 months 2024, a factory in huyện An Dương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng máy giặt 9 tháng tăng hơn 14%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.863

Theo Cục Thống kê thành phố, 9 tháng đầu năm 2024, sản lượng máy giặt sản xuất trên địa bàn Hải Phòng ước đạt 2,46 triệu chiếc, tăng 14,3% so với cùng kỳ năm 2023, bằng 76,9% kế hoạch năm (3,2 triệu chiếc). Trong đó, máy giặt cửa ngang 1,52 triệu chiếc, máy giặt cửa trên 940 nghìn chiếc.

Kim ngạch xuất khẩu máy giặt và linh kiện 9 tháng ước đạt 498 triệu USD, chiếm khoảng 2,6% tổng kim ngạch xuất khẩu của thành phố. Trong đó, kim ngạch xuất khẩu sang các thị trường chính lần lượt là Nhật Bản 162 triệu USD, Hàn Quốc 97 triệu USD và Thái Lan 71 triệu USD.

Tại Khu công nghiệp Tràng Duệ, huyện An Dương, nhà máy của Công ty TNHH Thiết bị Gia dụng Sao Biển hiện vận hành 3 dây chuyền lắp ráp với công suất 12.000 chiếc/ngày, sử dụng gần 4.200 lao động, trong đó lao động nữ chiếm 63%. Từ đầu năm đến nay, công ty xuất xưởng 1,08 triệu máy giặt, chiếm 43,9% sản lượng toàn thành phố. Giá xuất xưởng bình quân hiện khoảng 5,4 triệu đồng/chiếc. Công ty đang đầu tư mở rộng nhà xưởng tại lô CN5 với tổng vốn 35 triệu USD, dự kiến tạo thêm 800 việc làm.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 750 nghìn chiếc để hoàn thành kế hoạch năm. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Thông tư số 38/2021/TT-BCT về dán nhãn năng lượng cho thiết bị gia dụng.

Tin liên quan:
- Hải Phòng tổ chức Hội chợ hàng Việt lần thứ 3 năm 2024
- Khánh thành nhà máy linh kiện điện tử tại Khu kinh tế Đình Vũ - Cát Hải
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
AD = "An Dương"

FIGS = [
    fig("tăng hơn 14%", "14", 14, "percent", "%", approx="over",
        subject="sản lượng máy giặt", period=NINE_S),
    fig("ước đạt 2,46 triệu", "2,46", 2.46e6, "count", "chiếc", status="estimate", percent=76.9,
        change=chg("increase", 14.3, "%", "cùng kỳ năm 2023"), target=tgt(3.2e6, "chiếc"),
        subject="sản lượng máy giặt sản xuất trên địa bàn", period=NINE),
    fig("cửa ngang 1,52 triệu", "1,52", 1.52e6, "count", "chiếc", total=2.46e6, status="estimate",
        subject="máy giặt cửa ngang", period=inh(NINE)),
    fig("cửa trên 940 nghìn", "940", 940e3, "count", "chiếc", total=2.46e6, status="estimate",
        subject="máy giặt cửa trên", period=inh(NINE)),
    fig("ước đạt 498 triệu", "498", 498e6, "money", "USD", status="estimate", percent=2.6,
        subject="kim ngạch xuất khẩu máy giặt và linh kiện", period=NINE_S),
    fig("Nhật Bản 162 triệu", "162", 162e6, "money", "USD", total=498e6, status="estimate",
        subject="kim ngạch xuất khẩu sang các thị trường chính", period=inh(NINE_S)),
    fig("Hàn Quốc 97 triệu", "97", 97e6, "money", "USD", total=498e6, status="estimate",
        subject="kim ngạch xuất khẩu sang các thị trường chính", period=inh(NINE_S)),
    fig("Thái Lan 71 triệu", "71", 71e6, "money", "USD", total=498e6, status="estimate",
        subject="kim ngạch xuất khẩu sang các thị trường chính", period=inh(NINE_S)),
    fig("vận hành 3 dây chuyền", "3", 3, "count", "dây chuyền",
        subject="dây chuyền lắp ráp nhà máy vận hành", location=AD),
    fig("12.000 chiếc/ngày", "12.000", 12000, "measure", "chiếc/ngày",
        subject="công suất dây chuyền lắp ráp", location=AD),
    fig("gần 4.200 lao động", "4.200", 4200, "count", "lao động", approx="nearly",
        subject="lao động nhà máy sử dụng", location=AD),
    fig("chiếm 63%", "63", 63, "percent", "%",
        subject="tỷ lệ lao động nữ", location=AD),
    fig("xuất xưởng 1,08 triệu", "1,08", 1.08e6, "count", "máy giặt", percent=43.9,
        subject="máy giặt công ty xuất xưởng", period=YTD, location=AD),
    fig("khoảng 5,4 triệu", "5,4", 5.4e6, "money", "đồng/chiếc", approx="about",
        subject="giá xuất xưởng bình quân", location=AD),
    fig("vốn 35 triệu", "35", 35e6, "money", "USD",
        subject="tổng vốn đầu tư mở rộng nhà xưởng", location=AD),
    fig("thêm 800 việc làm", "800", 800, "count", "việc làm", status="forecast",
        subject="việc làm tạo thêm", location=AD),
    fig("khoảng 750 nghìn", "750", 750e3, "count", "chiếc", approx="about", status="target",
        subject="máy giặt sản xuất thêm", period=Q4),
]

NOTES = [
    "Province portal (Hải Phòng): washing-machine output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.863', related links.",
    "Distractors: 08:45, Lượt xem 1.863, 'lô CN5', Thông tư số 38/2021/TT-BCT, 'lần thứ 3', 'năm 2024' in a link, 'Khu công nghiệp Tràng Duệ'.",
    "Headline 'tăng hơn 14%' is a growth rate standing as the claim: percent figure (over), period '9 tháng' of 2024 (published).",
    "'bằng 76,9% kế hoạch năm (3,2 triệu chiếc)': percent 76.9 and target 3,2 triệu (as in shared gold h17); the plan is not a figure of its own.",
    "'Trong đó' parts after a sentence break take the whole (2,46 triệu; 498 triệu USD) and its status (estimate); period inherited.",
    "Export markets are trade partners, not places: location stays Hải Phòng.",
    "The factory passage in huyện An Dương: location An Dương; 'trong đó lao động nữ chiếm 63%' is a percent figure of its own.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'hiện' price has no period; 'dự kiến' governs only its own clause (forecast).",
]

if __name__ == "__main__":
    write("p1486-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hải Phòng")
