"""p1451-4: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): an FDI handbag factory in Việt Yên; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Hơn 4 nghìn lao động có việc làm ổn định từ nhà máy túi xách

Thứ Ba, 23/04/2024 | 07:30

(BGĐT) - Nhờ đơn hàng từ châu Âu tăng trở lại, quý I/2024, Công ty TNHH Túi xách Hoàng Phong Việt Nam xuất khẩu 1,65 triệu sản phẩm, doanh thu đạt 27,4 triệu USD, tăng 18% so với cùng kỳ năm 2023.

Nhà máy của công ty đặt tại lô E2, Khu công nghiệp Quang Châu (thị xã Việt Yên), gồm 3 xưởng may với tổng diện tích 4,2 ha. Công ty hiện sử dụng 4.180 lao động, trong đó lao động nữ chiếm 86%. Thu nhập bình quân của công nhân đạt 8,9 triệu đồng/người/tháng; thợ cắt da, thợ may mẫu tay nghề cao có thể đạt 12-14 triệu đồng.

Ông Park Min-soo, Tổng Giám đốc công ty cho biết: "Năm nay, công ty dự kiến đầu tư thêm 2 dây chuyền cắt da tự động, nâng công suất lên khoảng 8 triệu sản phẩm/năm và tuyển thêm ít nhất 500 lao động".

Theo Sở Công Thương, toàn tỉnh hiện có 14 doanh nghiệp sản xuất túi xách, vali, thu hút khoảng 19 nghìn lao động. Năm 2023, giá trị xuất khẩu nhóm hàng này đạt 312 triệu USD, chiếm 1,3% tổng kim ngạch xuất khẩu của tỉnh, xếp thứ 6 trong các mặt hàng xuất khẩu chủ lực.

THU HÀ

Tin liên quan:
- Việt Yên: Phấn đấu thành phố trực thuộc tỉnh trước năm 2030
- Bắc Giang: thu hút vốn FDI tăng mạnh trong quý I
- Quốc lộ 37 được nâng cấp đoạn qua huyện Tân Yên

Liên hệ: Tòa soạn Báo Bắc Giang, số 44 đường Nguyễn Văn Cừ, TP Bắc Giang
"""

PUB = "2024-04-23"
VY = "Việt Yên"
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 4 nghìn", "4", 4000, "count", "lao động", approx="over",
        subject="lao động có việc làm ổn định từ nhà máy túi xách", location=VY),
    fig("xuất khẩu 1,65 triệu", "1,65", 1.65e6, "count", "sản phẩm",
        subject="sản phẩm Công ty TNHH Túi xách Hoàng Phong Việt Nam xuất khẩu", period=Q1, location=VY),
    fig("đạt 27,4 triệu", "27,4", 27.4e6, "money", "USD", change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="doanh thu Công ty TNHH Túi xách Hoàng Phong Việt Nam", period=Q1, location=VY),
    fig("gồm 3 xưởng", "3", 3, "count", "xưởng may", subject="xưởng may của nhà máy", location=VY),
    fig("diện tích 4,2 ha", "4,2", 4.2, "measure", "ha", subject="tổng diện tích xưởng may", location=VY),
    fig("sử dụng 4.180 lao động", "4.180", 4180, "count", "lao động",
        subject="lao động công ty sử dụng", location=VY),
    fig("chiếm 86%", "86", 86, "percent", "%", subject="lao động nữ", location=VY),
    fig("đạt 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân", location=VY),
    fig("đạt 12-14 triệu", "12", 12e6, "money", "đồng", value_max=14e6,
        subject="thu nhập thợ cắt da, thợ may mẫu tay nghề cao", location=VY),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền cắt da tự động công ty đầu tư thêm", period=NN, location=VY),
    fig("khoảng 8 triệu", "8", 8e6, "measure", "sản phẩm/năm", approx="about", status="forecast",
        subject="công suất", period=NN, location=VY),
    fig("ít nhất 500 lao động", "500", 500, "count", "lao động", approx="at_least", status="forecast",
        subject="lao động công ty tuyển thêm", period=NN, location=VY),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất túi xách, vali"),
    fig("khoảng 19 nghìn", "19", 19e3, "count", "lao động", approx="about",
        subject="lao động doanh nghiệp sản xuất túi xách, vali thu hút"),
    fig("đạt 312 triệu", "312", 312e6, "money", "USD", percent=1.3,
        subject="giá trị xuất khẩu nhóm hàng túi xách, vali", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("xếp thứ 6", "6", 6, "rank", "hạng",
        subject="giá trị xuất khẩu nhóm hàng túi xách, vali trong các mặt hàng xuất khẩu chủ lực",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): headline figure, 'Thứ Ba, 23/04/2024 | 07:30' (published), sapo opening with the tag '(BGĐT) -', byline, related links.",
    "Factory in KCN Quang Châu, thị xã Việt Yên → location Việt Yên for the company passage (headline, sapo, body, quote); province passage → Bắc Giang.",
    "Headline 'Hơn 4 nghìn lao động' → 4000, over (4.180 in the body). 'trong đó lao động nữ chiếm 86%' → a percent figure of its own.",
    "'12-14 triệu đồng' → range with the multiplier on both ends; unit 'đồng' as written (the month is implied only).",
    "Quote 'Năm nay, công ty dự kiến ...' → three forecasts, period 'Năm nay' = 2024 (published year); 'nâng công suất lên khoảng 8 triệu",
    "sản phẩm/năm' is a measure rate. '312 triệu USD, chiếm 1,3% ...' → percent attribute; 'xếp thứ 6' → rank, period Năm 2023.",
    "Distractors: 'lô E2', 'Quốc lộ 37', 'số 44 đường Nguyễn Văn Cừ', dates and times, link titles ('trước năm 2030', 'quý I'), 'Park Min-soo'.",
]

if __name__ == "__main__":
    write("p1451-4", TEXT, NOTES, FIGS, published=PUB, location="Bắc Giang")
