"""p1161-1: province portal (Hưng Yên): 9-month output of tarpaulins, raincoats, plastic film."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.874

Sản xuất bạt nhựa, áo mưa 9 tháng tăng hơn 11%

9 tháng năm 2024, các doanh nghiệp, cơ sở sản xuất nhựa dân dụng trên địa bàn tỉnh sản xuất được 48.600 tấn bạt nhựa, áo mưa và màng nilon các loại, tăng 11,4% so với cùng kỳ, đạt 76,5% kế hoạch năm. Trong đó, bạt nhựa PE đạt 31.200 tấn, áo mưa 5.400 tấn, màng nilon nông nghiệp 12.000 tấn. Riêng quý III, sản lượng ước đạt 17.900 tấn, tăng 9,8% so với quý II.

Toàn tỉnh hiện có 137 doanh nghiệp và 412 hộ kinh doanh hoạt động trong lĩnh vực này, tập trung chủ yếu tại huyện Văn Lâm, Yên Mỹ và thị xã Mỹ Hào với lần lượt 58, 41 và 23 doanh nghiệp. Lao động làm việc thường xuyên khoảng 9.800 người, thu nhập bình quân từ 7,5 đến 9 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A, Công ty TNHH Nhựa Hưng Phát vận hành 3 dây chuyền dệt tráng bạt với công suất khoảng 1.200 tấn/tháng. Ông Trần Văn Khải, Giám đốc công ty cho biết, 9 tháng qua công ty xuất khẩu 6.850 tấn bạt sang Nhật Bản, Hàn Quốc và Australia, chiếm gần 70% sản lượng; doanh thu ước đạt 215 tỷ đồng, tăng 18% so với cùng kỳ.

Theo Sở Công Thương, năm 2024 tỉnh phấn đấu sản lượng nhựa dân dụng đạt 63.500 tấn; đến năm 2025 có ít nhất 80% cơ sở sản xuất bạt nhựa, áo mưa đầu tư hệ thống xử lý khí thải. Từ nguồn kinh phí khuyến công theo Quyết định số 1025/QĐ-UBND, tỉnh đã hỗ trợ 11 cơ sở đổi mới thiết bị với tổng kinh phí 2,35 tỷ đồng.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Cơ quan chủ quản: UBND tỉnh Hưng Yên. Địa chỉ: Số 10 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.563
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
IND = "sản lượng bạt nhựa, áo mưa và màng nilon các loại"
ENT = "doanh nghiệp sản xuất bạt nhựa, áo mưa, màng nilon"

FIGS = [
    fig("9 tháng tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="tăng trưởng sản xuất bạt nhựa, áo mưa", period=M9H),
    fig("được 48.600 tấn", "48.600", 48600, "measure", "tấn",
        change=chg("increase", 11.4, "%", "cùng kỳ"), percent=76.5, subject=IND, period=M9),
    fig("bạt nhựa PE đạt 31.200 tấn", "31.200", 31200, "measure", "tấn", total=48600,
        subject="sản lượng bạt nhựa PE", period=inh(M9)),
    fig("áo mưa 5.400 tấn", "5.400", 5400, "measure", "tấn", total=48600,
        subject="sản lượng áo mưa", period=inh(M9)),
    fig("nông nghiệp 12.000 tấn", "12.000", 12000, "measure", "tấn", total=48600,
        subject="sản lượng màng nilon nông nghiệp", period=inh(M9)),
    fig("ước đạt 17.900 tấn", "17.900", 17900, "measure", "tấn", status="estimate",
        change=chg("increase", 9.8, "%", "quý II"), subject="sản lượng bạt nhựa, áo mưa, màng nilon",
        period=Q3),
    fig("có 137 doanh nghiệp", "137", 137, "count", "doanh nghiệp", subject=ENT),
    fig("và 412 hộ kinh doanh", "412", 412, "count", "hộ kinh doanh",
        subject="hộ kinh doanh sản xuất bạt nhựa, áo mưa, màng nilon"),
    fig("lần lượt 58", "58", 58, "count", "doanh nghiệp", subject=ENT, location="Văn Lâm"),
    fig("58, 41", "41", 41, "count", "doanh nghiệp", subject=ENT, location="Yên Mỹ"),
    fig("41 và 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject=ENT, location="Mỹ Hào"),
    fig("khoảng 9.800 người", "9.800", 9800, "count", "người", approx="about",
        subject="lao động làm việc thường xuyên trong lĩnh vực sản xuất bạt nhựa, áo mưa"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7500000, "money", "đồng/người/tháng", value_max=9000000,
        subject="thu nhập bình quân của lao động"),
    fig("vận hành 3 dây chuyền", "3", 3, "count", "dây chuyền",
        subject="dây chuyền dệt tráng bạt của Công ty TNHH Nhựa Hưng Phát"),
    fig("khoảng 1.200 tấn/tháng", "1.200", 1200, "measure", "tấn/tháng", approx="about",
        subject="công suất dây chuyền dệt tráng bạt của Công ty TNHH Nhựa Hưng Phát"),
    fig("xuất khẩu 6.850 tấn", "6.850", 6850, "measure", "tấn", percent=70,
        subject="bạt công ty xuất khẩu", period=M9Q),
    fig("ước đạt 215 tỷ", "215", 215e9, "money", "đồng", status="estimate",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="doanh thu của công ty", period=M9Q),
    fig("đạt 63.500 tấn", "63.500", 63500, "measure", "tấn", status="target",
        subject="sản lượng nhựa dân dụng", period=Y24),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="cơ sở sản xuất bạt nhựa, áo mưa đầu tư hệ thống xử lý khí thải", period=TO25),
    fig("hỗ trợ 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở được hỗ trợ đổi mới thiết bị từ kinh phí khuyến công"),
    fig("kinh phí 2,35 tỷ", "2,35", 2.35e9, "money", "đồng",
        subject="kinh phí khuyến công hỗ trợ đổi mới thiết bị"),
]

NOTES = [
    "Province portal (Hưng Yên): breadcrumb, 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.874' (published 2024-10-08).",
    "Headline growth rate 'tăng hơn 11%' is a percent figure (over) with its own year-less period '9 tháng' (year from the dateline).",
    "Parts after 'Trong đó' (31.200 + 5.400 + 12.000 = 48.600) take total 48.600; their period stands in the previous sentence (inherited).",
    "'đạt 76,5% kế hoạch năm' → percent attribute; 'chiếm gần 70% sản lượng' → percent 70 of 6.850 tấn.",
    "District list 'tập trung chủ yếu tại ... lần lượt 58, 41 và 23' does not add up to 137: no total; districts are locations.",
    "Company in KCN Phố Nối A (no district named): location stays Hưng Yên.",
    "Distractors: 'Lượt xem: 1.874', '15:20', 'Quyết định số 1025/QĐ-UBND', 'Số 10 đường Chùa Chuông', phone 0221.3862.563, 'quý II' (baseline).",
]

if __name__ == "__main__":
    write("p1161-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Hưng Yên")
