"""p1118-5: Party newspaper (Báo Yên Bái): Hmong women's hemp weaving in Mù Cang Chải; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Nghề lanh giữ chân phụ nữ Mông ở Mù Cang Chải

Về xã Dề Xu Phình, huyện Mù Cang Chải những ngày đầu xuân, đi đâu cũng gặp phụ nữ Mông ngồi se lanh bên hiên nhà. Chị Giàng Thị Dua (45 tuổi), tổ trưởng Tổ hợp tác dệt lanh thôn Dề Thàng, cho biết tổ có 23 thành viên, mỗi người dệt được khoảng 30 m vải/tháng. Năm 2023, tổ bán được 4.200 m vải lanh nhuộm chàm và hơn 900 sản phẩm may sẵn, thu về gần 680 triệu đồng. Riêng gia đình chị có thu nhập từ nghề lanh khoảng 60 triệu đồng/năm, gấp 1,5 lần trồng ngô.

“Trước đây vải chỉ để may váy cho người nhà, giờ khách du lịch đến tận nơi đặt hàng, có đơn hàng lên tới hai trăm chiếc khăn”, chị Dua chia sẻ.

Theo Phòng Văn hóa - Thông tin huyện, toàn huyện hiện có 7 tổ hợp tác và 1 hợp tác xã dệt lanh với 312 thành viên. Năm 2023, huyện trồng 21 ha lanh, sản lượng vải ước đạt 19.000 m. Huyện đã hỗ trợ 150 khung dệt, mỗi khung 2,8 triệu đồng, đồng thời đưa sản phẩm vào 4 điểm bán hàng lưu niệm tại khu du lịch đèo Khau Phạ, nơi mỗi năm đón khoảng 60.000 lượt khách.

Năm 2024, Mù Cang Chải phấn đấu mở rộng diện tích lanh lên 30 ha, thành lập thêm 2 tổ hợp tác; đồng thời dự kiến tổ chức lần thứ hai Lễ hội văn hóa thổ cẩm gắn với mùa lúa chín vào tháng 9.

MINH HUYỀN
12/3/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO = "Tổ hợp tác dệt lanh thôn Dề Thàng"

FIGS = [
    fig("45 tuổi", "45", 45, "measure", "tuổi", optional=True, subject="tuổi chị Giàng Thị Dua"),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject=f"thành viên {TO}"),
    fig("khoảng 30 m", "30", 30, "measure", "m/tháng", approx="about",
        subject="vải mỗi thành viên dệt được mỗi tháng"),
    fig("bán được 4.200 m", "4.200", 4200, "measure", "m", subject="vải lanh nhuộm chàm tổ bán được", period=Y23),
    fig("hơn 900 sản phẩm", "900", 900, "count", "sản phẩm", approx="over",
        subject="sản phẩm may sẵn tổ bán được", period=Y23),
    fig("gần 680 triệu", "680", 680e6, "money", "đồng", approx="nearly",
        subject="tiền tổ thu về từ bán vải và sản phẩm", period=Y23),
    fig("khoảng 60 triệu", "60", 60e6, "money", "đồng/năm", approx="about",
        change=chg("increase", 1.5, "lần", "trồng ngô"), subject="thu nhập từ nghề lanh của gia đình chị Dua",
        period=inh(Y23)),
    fig("hai trăm chiếc khăn", "hai trăm", 200, "count", "chiếc khăn", optional=True,
        subject="khăn trong một đơn hàng"),
    fig("có 7 tổ hợp tác", "7", 7, "count", "tổ hợp tác", subject="tổ hợp tác dệt lanh"),
    fig("1 hợp tác xã", "1", 1, "count", "hợp tác xã", subject="hợp tác xã dệt lanh"),
    fig("với 312 thành viên", "312", 312, "count", "thành viên", subject="thành viên các tổ hợp tác, hợp tác xã dệt lanh"),
    fig("trồng 21 ha", "21", 21, "measure", "ha", subject="diện tích lanh huyện trồng", period=Y23),
    fig("ước đạt 19.000 m", "19.000", 19000, "measure", "m", status="estimate",
        subject="sản lượng vải lanh", period=Y23),
    fig("hỗ trợ 150 khung", "150", 150, "count", "khung dệt", subject="khung dệt được huyện hỗ trợ"),
    fig("mỗi khung 2,8 triệu", "2,8", 2.8e6, "money", "đồng/khung", subject="mức hỗ trợ mỗi khung dệt"),
    fig("vào 4 điểm", "4", 4, "count", "điểm bán hàng lưu niệm",
        subject="điểm bán hàng lưu niệm tại khu du lịch đèo Khau Phạ có sản phẩm lanh"),
    fig("khoảng 60.000 lượt", "60.000", 60000, "count", "lượt khách", approx="about",
        subject="lượt khách đến khu du lịch đèo Khau Phạ mỗi năm"),
    fig("lên 30 ha", "30", 30, "measure", "ha", status="target", subject="diện tích lanh", period=Y24),
    fig("thêm 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", status="target",
        subject="tổ hợp tác dệt lanh thành lập thêm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Yên Bái): byline 'MINH HUYỀN' and bare date '12/3/2024' at the end. Default location Mù Cang Chải (district).",
    "Distractors: 'lần thứ hai' (ordinal), 'tháng 9' (a date), 'xã Dề Xu Phình', 'thôn Dề Thàng'.",
    "Optional: age '45 tuổi'; 'hai trăm chiếc khăn' in a quotation (an order size in direct speech, number word 'hai trăm' = 200).",
    "'khoảng 60 triệu đồng/năm, gấp 1,5 lần trồng ngô' → change increase 1,5 lần (baseline trồng ngô). Its 'Năm 2023' stands in the",
    "previous sentence: inherited. '30 m vải/tháng' with 'mỗi người' is a rate (m/người/tháng). '1 hợp tác xã' is a figure.",
    "'ước đạt 19.000 m' is an estimate in the clause after ','; '21 ha' before it is actual.",
    "revised after the first run: unit of '30 m vải/tháng' m/người/tháng → m/tháng; the text writes its rate unit ('m vải/tháng'), and",
    "the spec takes a written unit as it stands (shortest noun phrase); 'mỗi người' is the subject, not a written denominator.",
]

if __name__ == "__main__":
    build("p1118-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Mù Cang Chải")
