"""p1223-1: province portal (Hải Dương), medical gloves output 9 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp

Hải Dương: Sản lượng găng tay y tế 9 tháng tăng hơn 18%

Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.315

(haiduong.gov.vn) - 9 tháng đầu năm 2024, sản lượng găng tay y tế của các doanh nghiệp trên địa bàn tỉnh Hải Dương ước đạt 2,46 tỷ chiếc, bằng 76,8% kế hoạch năm, tăng 18,3% so với cùng kỳ năm 2023. Trong đó, găng tay nitrile 1,52 tỷ chiếc, găng tay cao su latex 0,94 tỷ chiếc.

Toàn tỉnh hiện có 11 doanh nghiệp sản xuất găng tay y tế và vật tư y tế dùng một lần, tập trung tại các khu công nghiệp Phúc Điền, Cộng Hòa và Lai Vu, sử dụng khoảng 9.400 lao động; thu nhập bình quân 8,2 triệu đồng/người/tháng. Kim ngạch xuất khẩu găng tay y tế 9 tháng ước đạt 186 triệu USD, chiếm 4,1% tổng kim ngạch xuất khẩu của tỉnh. Hoa Kỳ, EU và Nhật Bản là ba thị trường chính, lần lượt chiếm 42%, 27% và 11%.

Tại huyện Cẩm Giàng, Công ty TNHH Găng tay Phúc Điền vận hành 14 dây chuyền nhúng găng với công suất thiết kế 1,1 tỷ chiếc/năm. Từ đầu năm đến nay, công ty xuất xưởng 780 triệu chiếc, doanh thu khoảng 620 tỷ đồng; đơn hàng đã kín đến hết quý I/2025.

Năm 2024, tỉnh phấn đấu sản lượng găng tay y tế đạt 3,2 tỷ chiếc. Theo Quyết định số 2156/QĐ-UBND của UBND tỉnh, đến năm 2030 giá trị sản xuất ngành thiết bị, vật tư y tế chiếm khoảng 3% giá trị sản xuất công nghiệp toàn tỉnh.

Cổng thông tin điện tử tỉnh Hải Dương - Số 45 Quang Trung, TP Hải Dương - ĐT: 0220.3852.516
"""

N9H = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CO = "Cẩm Giàng"
SHARE = "tỷ trọng kim ngạch xuất khẩu găng tay y tế sang thị trường"

FIGS = [
    fig("tăng hơn 18%", "18", 18, "percent", "%", approx="over",
        subject="sản lượng găng tay y tế", period=N9H),
    fig("ước đạt 2,46 tỷ chiếc", "2,46", 2460000000, "count", "chiếc", percent=76.8,
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="sản lượng găng tay y tế", period=N9),
    fig("nitrile 1,52 tỷ chiếc", "1,52", 1520000000, "count", "chiếc", total=2460000000, status="estimate",
        subject="sản lượng găng tay nitrile", period=inh(N9)),
    fig("latex 0,94 tỷ chiếc", "0,94", 940000000, "count", "chiếc", total=2460000000, status="estimate",
        subject="sản lượng găng tay cao su latex", period=inh(N9)),
    fig("hiện có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất găng tay y tế và vật tư y tế dùng một lần"),
    fig("khoảng 9.400 lao động", "9.400", 9400, "count", "lao động", approx="about",
        subject="lao động của doanh nghiệp sản xuất găng tay y tế và vật tư y tế"),
    fig("8,2 triệu đồng/người/tháng", "8,2", 8200000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("ước đạt 186 triệu USD", "186", 186000000, "money", "USD", percent=4.1, status="estimate",
        subject="kim ngạch xuất khẩu găng tay y tế", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("ba thị trường chính", "ba", 3, "count", "thị trường", optional=True,
        subject="thị trường xuất khẩu chính"),
    fig("chiếm 42%", "42", 42, "percent", "%", subject=SHARE + " Hoa Kỳ", period=inh(N9)),
    fig("42%, 27%", "27", 27, "percent", "%", subject=SHARE + " EU", period=inh(N9)),
    fig("và 11%", "11", 11, "percent", "%", subject=SHARE + " Nhật Bản", period=inh(N9)),
    fig("vận hành 14 dây chuyền", "14", 14, "count", "dây chuyền", location=CO,
        subject="dây chuyền nhúng găng của Công ty TNHH Găng tay Phúc Điền"),
    fig("1,1 tỷ chiếc/năm", "1,1", 1100000000, "measure", "chiếc/năm", location=CO,
        subject="công suất thiết kế của Công ty TNHH Găng tay Phúc Điền"),
    fig("xuất xưởng 780 triệu chiếc", "780", 780000000, "count", "chiếc", location=CO,
        subject="găng tay công ty xuất xưởng", period=YTD),
    fig("khoảng 620 tỷ đồng", "620", 620000000000, "money", "đồng", approx="about", location=CO,
        subject="doanh thu của công ty", period=YTD),
    fig("đạt 3,2 tỷ chiếc", "3,2", 3200000000, "count", "chiếc", status="target",
        subject="sản lượng găng tay y tế", period=Y24),
    fig("khoảng 3%", "3", 3, "percent", "%", approx="about", status="target",
        subject="tỷ trọng giá trị sản xuất ngành thiết bị, vật tư y tế trong giá trị sản xuất công nghiệp toàn tỉnh",
        period=T30),
]

NOTES = [
    "Province portal (Hải Dương): medical gloves, 9 months 2024. Breadcrumb; 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.315'.",
    "Distractors: 08:30, Lượt xem 2.315, 'dùng một lần' (a term: disposable), 'quý I/2025' (date), Quyết định số 2156/QĐ-UBND,",
    "  'Số 45 Quang Trung', phone 0220.3852.516. 'ba thị trường chính' is optional (structure, number word).",
    "Headline growth rate 'tăng hơn 18%' is a percent figure (the claim), period 9 tháng of 2024 from the dateline.",
    "Parts after 'Trong đó' of an estimate keep 'estimate' (cf. shared h14). Market shares in a separate sentence: actual, inherited period.",
    "Company passage placed in huyện Cẩm Giàng: location Cẩm Giàng for its figures; 'Từ đầu năm đến nay' ends at the dateline.",
    "Capacity 'chiếc/năm' is a rate: kind measure, unit with its denominator.",
]

if __name__ == "__main__":
    build("p1223-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Hải Dương")
