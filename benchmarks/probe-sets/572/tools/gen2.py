"""p572-2: Đức Huệ (Long An) district portal, Tết peak campaign against smuggling."""
from lib import emit, fig, per, inh, chg

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HUỆ
Trang chủ / Tin tức / Kinh tế - Thương mại

Đức Huệ: Tạm giữ hơn 3.000 bao thuốc lá lậu dịp Tết Giáp Thìn

Thứ Sáu, 16/02/2024 - 09:15

Trong đợt cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp Tết Nguyên đán Giáp Thìn (từ ngày 15/12/2023 đến ngày 15/02/2024), Ban Chỉ đạo 389 huyện đã chỉ đạo các lực lượng chức năng kiểm tra 87 cơ sở kinh doanh, phát hiện 23 vụ vi phạm, giảm 4 vụ so với cùng kỳ Tết năm trước.

Qua kiểm tra, lực lượng chức năng đã xử phạt vi phạm hành chính 186,5 triệu đồng, mức phạt bình quân 8,1 triệu đồng/vụ; tạm giữ 3.150 bao thuốc lá ngoại nhập lậu, 840 kg đường cát không rõ nguồn gốc và 46 kg pháo nổ. Trong 23 vụ vi phạm, có 14 vụ kinh doanh hàng nhập lậu, 6 vụ kinh doanh hàng hóa không rõ nguồn gốc và 3 vụ vi phạm về niêm yết giá.

Riêng trong tháng 1/2024, Đội Quản lý thị trường số 6 phối hợp Đồn Biên phòng Mỹ Quý Tây tổ chức ba đợt tuần tra trên tuyến Đường tỉnh 839, bắt giữ 9 vụ vận chuyển thuốc lá lậu qua biên giới, thu giữ 1.870 bao; trị giá hàng hóa ước khoảng 52 triệu đồng.

Kết quả kiểm tra cho thấy khoảng 70% số vụ vi phạm xảy ra tại các chợ và tiệm tạp hóa ven tuyến biên giới. Toàn bộ 100% cửa hàng xăng dầu trên địa bàn huyện đã được kiểm tra về đo lường, chất lượng.

Năm 2024, Ban Chỉ đạo 389 huyện phấn đấu kiểm tra ít nhất 150 cơ sở kinh doanh, xử lý dứt điểm 100% vụ việc được phát hiện. Người dân phát hiện hành vi buôn lậu, hàng giả có thể báo tin qua số điện thoại 0272.3851.204 hoặc trực tiếp tại trụ sở UBND huyện, khu phố 2, thị trấn Đông Thành.

Ngọc Hân - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện
"""

TET = per("từ ngày 15/12/2023 đến ngày 15/02/2024", "2023-12-15", "2024-02-15")
M1 = per("tháng 1/2024", "2024-01-01", "2024-01-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 3.000 bao", "3.000", 3000, "count", "bao", approx="over",
        subject="thuốc lá lậu bị tạm giữ dịp Tết Giáp Thìn"),
    fig("kiểm tra 87 cơ sở", "87", 87, "count", "cơ sở kinh doanh",
        subject="cơ sở kinh doanh được kiểm tra", period=TET),
    fig("phát hiện 23 vụ", "23", 23, "count", "vụ",
        change=chg("decrease", 4, unit="vụ", baseline="cùng kỳ Tết năm trước"),
        subject="vụ vi phạm phát hiện", period=TET),
    fig("hành chính 186,5 triệu đồng", "186,5", 186_500_000, "money", "đồng",
        subject="xử phạt vi phạm hành chính", period=inh(TET)),
    fig("8,1 triệu đồng/vụ", "8,1", 8_100_000, "money", "đồng/vụ",
        subject="mức phạt bình quân", period=inh(TET)),
    fig("tạm giữ 3.150 bao", "3.150", 3150, "count", "bao",
        subject="thuốc lá ngoại nhập lậu tạm giữ", period=inh(TET)),
    fig("840 kg", "840", 840, "measure", "kg",
        subject="đường cát không rõ nguồn gốc tạm giữ", period=inh(TET)),
    fig("46 kg", "46", 46, "measure", "kg", subject="pháo nổ tạm giữ", period=inh(TET)),
    fig("Trong 23 vụ", "23", 23, "count", "vụ", subject="vụ vi phạm", optional=True),
    fig("có 14 vụ", "14", 14, "count", "vụ", total=23,
        subject="vụ kinh doanh hàng nhập lậu", period=inh(TET)),
    fig("6 vụ kinh doanh", "6", 6, "count", "vụ", total=23,
        subject="vụ kinh doanh hàng hóa không rõ nguồn gốc", period=inh(TET)),
    fig("3 vụ vi phạm về", "3", 3, "count", "vụ", total=23,
        subject="vụ vi phạm về niêm yết giá", period=inh(TET)),
    fig("ba đợt tuần tra", "ba", 3, "count", "đợt", subject="đợt tuần tra trên tuyến Đường tỉnh 839", period=M1),
    fig("bắt giữ 9 vụ", "9", 9, "count", "vụ",
        subject="vụ vận chuyển thuốc lá lậu qua biên giới bắt giữ", period=M1),
    fig("thu giữ 1.870 bao", "1.870", 1870, "count", "bao",
        subject="thuốc lá lậu thu giữ", period=M1),
    fig("khoảng 52 triệu đồng", "52", 52_000_000, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng hóa thu giữ", period=M1),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="số vụ vi phạm xảy ra tại các chợ và tiệm tạp hóa ven tuyến biên giới", period=inh(TET)),
    fig("Toàn bộ 100%", "100", 100, "percent", "%",
        subject="cửa hàng xăng dầu được kiểm tra về đo lường, chất lượng", period=inh(TET)),
    fig("ít nhất 150 cơ sở", "150", 150, "count", "cơ sở kinh doanh", approx="at_least", status="target",
        subject="cơ sở kinh doanh kiểm tra", period=Y24),
    fig("dứt điểm 100%", "100", 100, "percent", "%", status="target",
        subject="vụ việc được phát hiện xử lý dứt điểm", period=Y24),
]

COMMENTS = [
    "District portal of Đức Huệ (Long An): Tết Giáp Thìn peak campaign (15/12/2023-15/02/2024), January patrols, 2024 targets.",
    "Distractors: 'Ban Chỉ đạo 389', 'Đội Quản lý thị trường số 6', 'Đường tỉnh 839', phone 0272.3851.204, 'khu phố 2', dateline and period dates.",
    "The campaign's explicit date range is the period of the lead figures; the headline figure has no period phrase (none given).",
    "'giảm 4 vụ so với cùng kỳ Tết năm trước' is the change of 23 vụ (unit vụ). 'Trong 23 vụ vi phạm, có 14 … 6 … 3' gives total 23 (sum 23);",
    "the restated whole 'Trong 23 vụ' is optional. 'mức phạt bình quân 8,1 triệu đồng/vụ' is a money rate (unit đồng/vụ).",
    "revised after first run: subject of 'ba đợt tuần tra' said 'trên tuyến biên giới'; the text says 'trên tuyến Đường tỉnh 839' (fixed).",
    "'trị giá hàng hóa ước khoảng 52 triệu' is estimate + about. Location: the district (Đức Huệ) throughout; 'ba đợt' is a number word.",
]

if __name__ == "__main__":
    emit("p572-2", TEXT, COMMENTS, FIGS, published="2024-02-16", location="Đức Huệ")
