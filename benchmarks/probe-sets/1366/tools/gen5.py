"""p1366-5: provincial newspaper (Báo Lạng Sơn, tag '(LSO) -'): Na Sầm cattle market at year end 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Lạng Sơn điện tử
Kinh tế | Nông nghiệp

Nhộn nhịp chợ gia súc Na Sầm dịp cuối năm

Thứ Năm, 26/12/2024 07:45

Những ngày cuối năm, lượng trâu, bò đưa về chợ gia súc Na Sầm, huyện Văn Lãng tăng mạnh, giá bán ổn định, người chăn nuôi và thương lái đều phấn khởi.

(LSO) - Chợ gia súc Na Sầm họp vào các ngày 1, 6, 11, 16, 21, 26 âm lịch hằng tháng. Những phiên cuối năm, mỗi phiên có từ 800 đến 1.000 con trâu, bò được đưa về mua bán, gấp đôi ngày thường.

Ông Hoàng Văn Lự, Trưởng Ban quản lý chợ cho biết: Từ đầu năm đến nay, chợ đã tổ chức 71 phiên, với tổng số 38.500 con trâu, bò giao dịch, tăng khoảng 9% so với năm 2023; trong đó bò chiếm 82%. Phí chợ thu được hơn 1,1 tỷ đồng.

Anh Lăng Văn Tú, thương lái ở thị trấn Na Sầm, mỗi phiên mua từ 15 đến 20 con bò, chủ yếu là bò vàng và bò lai Sind, để bán cho các lò mổ tại Bắc Ninh và Hà Nội. "Giá bò hơi hiện khoảng 80.000 đồng/kg, cao hơn tháng trước 3.000-4.000 đồng/kg; mỗi con bò tôi lãi từ 500.000 đến 1 triệu đồng", anh Tú nói.

Theo Chi cục Chăn nuôi và Thú y tỉnh, năm 2024 toàn tỉnh có 11 chợ gia súc, tổng đàn trâu, bò ước đạt 142.600 con, giảm 2,3% so với năm trước. Lạng Sơn hiện đứng thứ 2 khu vực miền núi phía Bắc về số lượng trâu, bò giao dịch qua chợ, chỉ sau Hà Giang.

Để phòng dịch, Trạm Chăn nuôi và Thú y huyện Văn Lãng bố trí hai cán bộ thường trực tại chợ, kiểm tra 100% gia súc trước khi vào chợ. Thời gian tới, huyện dự kiến đầu tư 3,2 tỷ đồng xây khu cách ly gia súc rộng 1.500 m2.

MINH HOÀNG
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-26")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
VL = "Văn Lãng"

FIGS = [
    fig("từ 800 đến 1.000", "800", 800, "measure", "con/phiên", value_max=1000,
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="trâu, bò được đưa về mua bán mỗi phiên cuối năm", location=VL),
    fig("tổ chức 71 phiên", "71", 71, "count", "phiên", subject="phiên chợ đã tổ chức", period=YTD, location=VL),
    fig("tổng số 38.500 con", "38.500", 38500, "count", "con trâu, bò",
        change=chg("increase", 9, "%", "năm 2023", approx="about"),
        subject="trâu, bò giao dịch", period=YTD, location=VL),
    fig("bò chiếm 82%", "82", 82, "percent", "%", subject="tỷ trọng bò trong số trâu, bò giao dịch",
        period=YTD, location=VL),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over", subject="phí chợ thu được",
        period=inh(YTD), location=VL),
    fig("từ 15 đến 20", "15", 15, "measure", "con/phiên", value_max=20,
        subject="bò thương lái Lăng Văn Tú mua mỗi phiên", location=VL),
    fig("khoảng 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", approx="about",
        change=chg("increase", 3000, "đồng/kg", "tháng trước"), subject="giá bò hơi", location=VL),
    fig("từ 500.000 đến 1 triệu", "500.000", 500000, "money", "đồng/con", value_max=1e6,
        subject="lãi mỗi con bò", location=VL),
    fig("có 11 chợ", "11", 11, "count", "chợ gia súc", subject="chợ gia súc toàn tỉnh", period=Y24),
    fig("ước đạt 142.600 con", "142.600", 142600, "count", "con", status="estimate",
        change=chg("decrease", 2.3, "%", "năm trước"), subject="tổng đàn trâu, bò", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="số lượng trâu, bò giao dịch qua chợ khu vực miền núi phía Bắc"),
    fig("bố trí hai cán bộ", "hai", 2, "count", "cán bộ", subject="cán bộ thường trực tại chợ", location=VL),
    fig("kiểm tra 100%", "100", 100, "percent", "%", subject="gia súc được kiểm tra trước khi vào chợ",
        location=VL),
    fig("đầu tư 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư xây khu cách ly gia súc", location=VL),
    fig("rộng 1.500 m2", "1.500", 1500, "measure", "m2", status="forecast",
        subject="diện tích khu cách ly gia súc", location=VL),
]

NOTES = [
    "Provincial newspaper (Báo Lạng Sơn): headline, 'Thứ Năm, 26/12/2024 07:45', sapo, tag '(LSO) -', byline at the end.",
    "Distractors: 07:45, the lunar market days '1, 6, 11, 16, 21, 26 âm lịch' (dates), 'bò lai Sind', 'mỗi con bò' (a denominator);",
    "Bắc Ninh, Hà Nội (destinations) and 'chỉ sau Hà Giang' are not places of a figure.",
    "The market passages (chợ Na Sầm, thị trấn Na Sầm, Trạm ... huyện Văn Lãng) → location Văn Lãng; the province paragraph → Lạng Sơn.",
    "'gấp đôi ngày thường' after the range → its change (2 lần, baseline 'ngày thường'), as 'tăng 2,8 lần so với cùng kỳ'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-12-26; 'trong đó bò chiếm 82%' is a percent figure of its own (no amount before it);",
    "'Phí chợ thu được hơn 1,1 tỷ đồng' continues the YTD account in the next sentence (inherited).",
    "'cao hơn tháng trước 3.000-4.000 đồng/kg' → change of the price, value the low end 3.000 (change has no max).",
    "'ước đạt' governs only its own clause: '11 chợ' before it is actual. 'đứng thứ 2' has 'hiện', no period.",
    "'dự kiến đầu tư 3,2 tỷ đồng xây khu cách ly ... rộng 1.500 m2' → both forecast.",
]

if __name__ == "__main__":
    write("p1366-5", TEXT, NOTES, FIGS, published="2024-12-26", location="Lạng Sơn")
