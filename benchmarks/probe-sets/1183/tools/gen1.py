"""p1183-1: Yên Bái province portal, forestry seedlings ready for the 2024 planting season."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Yên Bái: Gần 40 triệu cây giống lâm nghiệp sẵn sàng cho mùa trồng rừng

Cập nhật: 12/03/2024 08:30 | Lượt xem: 2.145

(yenbai.gov.vn) - Tính đến ngày 10/3/2024, toàn tỉnh Yên Bái có 186 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, tăng 14 cơ sở so với cùng kỳ năm 2023. Trong đó, 42 cơ sở đã được công nhận nguồn giống, 144 cơ sở là vườn ươm hộ gia đình.

Các vườn ươm hiện có khoảng 39,6 triệu cây giống các loại, bằng 92% nhu cầu trồng rừng năm 2024, gồm keo lai hom 21,3 triệu cây, keo tai tượng 9,8 triệu cây, quế 6,2 triệu cây và cây bản địa 2,3 triệu cây.

Năm 2023, các cơ sở trên địa bàn đã xuất vườn 52,4 triệu cây giống, đạt 104,8% kế hoạch, tăng 8,5% so với năm 2022; doanh thu ước đạt 63 tỷ đồng. Giá cây keo lai hom tại vườn từ 700 đến 900 đồng/cây, keo hạt khoảng 400 đồng/cây.

Tại xã Đông Cuông, huyện Văn Yên, Hợp tác xã Lâm nghiệp Đông Cuông duy trì vườn ươm rộng 2,5 ha với 1,8 triệu bầu cây. Mỗi năm, hợp tác xã cung ứng hơn 3 triệu cây keo, quế cho người dân trong và ngoài huyện, tạo việc làm thường xuyên cho 25 lao động với thu nhập 6-7 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu trồng mới 15.000 ha rừng tập trung, trong đó ít nhất 70% diện tích sử dụng giống được công nhận. Theo Quyết định số 456/QĐ-UBND của UBND tỉnh, mức hỗ trợ cây giống tối đa 5 triệu đồng/ha.
"""

ASOF = per("Tính đến ngày 10/3/2024", None, "2024-03-10")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
STOCK = "cây giống các loại hiện có trong các vườn ươm"
HTX = "Văn Yên"

FIGS = [
    fig("Gần 40 triệu cây giống", "40", 40_000_000, "count", "cây giống", approx="nearly",
        subject="cây giống lâm nghiệp sẵn sàng cho mùa trồng rừng"),
    fig("có 186 cơ sở", "186", 186, "count", "cơ sở",
        change=chg("increase", 14, "cơ sở", "cùng kỳ năm 2023"),
        subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", period=ASOF),
    fig("42 cơ sở", "42", 42, "count", "cơ sở", total=186,
        subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp đã được công nhận nguồn giống", period=inh(ASOF)),
    fig("144 cơ sở", "144", 144, "count", "cơ sở", total=186,
        subject="cơ sở là vườn ươm hộ gia đình", period=inh(ASOF)),
    fig("khoảng 39,6 triệu", "39,6", 39_600_000, "count", "cây giống", approx="about", percent=92,
        subject=STOCK),
    fig("hom 21,3 triệu", "21,3", 21_300_000, "count", "cây", total=39_600_000,
        subject="cây giống keo lai hom hiện có trong các vườn ươm"),
    fig("tượng 9,8 triệu", "9,8", 9_800_000, "count", "cây", total=39_600_000,
        subject="cây giống keo tai tượng hiện có trong các vườn ươm"),
    fig("quế 6,2 triệu", "6,2", 6_200_000, "count", "cây", total=39_600_000,
        subject="cây giống quế hiện có trong các vườn ươm"),
    fig("địa 2,3 triệu", "2,3", 2_300_000, "count", "cây", total=39_600_000,
        subject="cây giống cây bản địa hiện có trong các vườn ươm"),
    fig("xuất vườn 52,4 triệu", "52,4", 52_400_000, "count", "cây giống", percent=104.8,
        change=chg("increase", 8.5, "%", "năm 2022"),
        subject="cây giống các cơ sở đã xuất vườn", period=Y23),
    fig("ước đạt 63 tỷ", "63", 63_000_000_000, "money", "đồng", status="estimate",
        subject="doanh thu của các cơ sở sản xuất giống", period=Y23),
    fig("từ 700 đến 900", "700", 700, "money", "đồng/cây", value_max=900,
        subject="giá cây keo lai hom tại vườn"),
    fig("khoảng 400 đồng", "400", 400, "money", "đồng/cây", approx="about",
        subject="giá cây keo hạt tại vườn"),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", location=HTX,
        subject="diện tích vườn ươm của Hợp tác xã Lâm nghiệp Đông Cuông"),
    fig("1,8 triệu bầu", "1,8", 1_800_000, "count", "bầu cây", location=HTX,
        subject="bầu cây trong vườn ươm của Hợp tác xã Lâm nghiệp Đông Cuông"),
    fig("hơn 3 triệu cây", "3", 3_000_000, "count", "cây", approx="over", location=HTX,
        subject="cây keo, quế hợp tác xã cung ứng mỗi năm"),
    fig("cho 25 lao động", "25", 25, "count", "lao động", location=HTX,
        subject="lao động có việc làm thường xuyên tại hợp tác xã"),
    fig("6-7 triệu", "6", 6_000_000, "money", "đồng/người/tháng", value_max=7_000_000, location=HTX,
        subject="thu nhập của lao động hợp tác xã"),
    fig("mới 15.000 ha", "15.000", 15000, "measure", "ha", status="target",
        subject="diện tích trồng mới rừng tập trung", period=Y24),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích trồng rừng sử dụng giống được công nhận", period=Y24),
    fig("tối đa 5 triệu", "5", 5_000_000, "money", "đồng/ha", approx="at_most",
        subject="mức hỗ trợ cây giống"),
]

NOTES = [
    "Province portal (Yên Bái): forestry seedlings before the 2024 planting season. 'Cập nhật: 12/03/2024 08:30 | Lượt xem: 2.145'.",
    "Distractors: view counter, time 08:30, as-of date 10/3/2024, 'Quyết định số 456/QĐ-UBND'.",
    "'gồm' follows '39,6 triệu ..., bằng 92% ...': the parts (adding up to 39,6) take 39,6 triệu as total; 92% is its percent attribute.",
    "Stock 'hiện có', prices and the cooperative's yearly figures get no period; the cooperative's figures are in Văn Yên.",
    "The support ceiling 'tối đa 5 triệu đồng/ha' is a standing rule: actual, no period.",
]

if __name__ == "__main__":
    build("p1183-1", TEXT, NOTES, FIGS, published="2024-03-12", location="Yên Bái")
