"""p699-5: Party newspaper (Báo Kiên Giang), blue swimming crab catch and resource protection."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Kiên Giang > Kinh tế

Bảo vệ nguồn lợi ghẹ để khai thác bền vững

(BKGO) - Những năm gần đây, nghề khai thác ghẹ xanh ở vùng biển Kiên Giang phát triển mạnh, mang lại thu nhập cho hàng nghìn hộ ngư dân ven biển. Tuy nhiên, nguồn lợi ghẹ đang có dấu hiệu suy giảm.

Theo Chi cục Thủy sản tỉnh, tính đến ngày 30/4/2024, toàn tỉnh có 1.265 tàu cá hành nghề lưới rê ghẹ và bẫy ghẹ, chiếm 13,4% tổng số tàu cá của tỉnh; trong đó, tàu có chiều dài dưới 12 m là 1.032 chiếc.

4 tháng đầu năm 2024, sản lượng ghẹ khai thác đạt 3.240 tấn, giảm 8,5% so với cùng kỳ năm 2023. Ghẹ tập trung nhiều ở vùng biển Phú Quốc, Kiên Hải, An Biên, An Minh; giá ghẹ xanh loại 1 (4-5 con/kg) tại cảng từ 350.000 đến 420.000 đồng/kg. Ông Danh Minh, ngụ ấp Xẻo Nhàu, xã Tây Yên A, huyện An Biên, chủ tàu KG 93456 TS, cho biết mỗi chuyến tàu của ông thu khoảng 40-50 kg ghẹ, ít hơn nhiều so với mấy năm trước.

Theo Thông tư số 19/2018/TT-BNNPTNT, ngư dân không được khai thác ghẹ mang trứng và ghẹ có chiều rộng mai dưới 10 cm. Từ năm 2019 đến nay, mô hình "Ngân hàng ghẹ" tại xã Hàm Ninh (TP Phú Quốc) đã thả lại biển hơn 21.000 con ghẹ mang trứng, thu hút 68 hộ tham gia.

Năm 2024, ngành nông nghiệp tỉnh đặt mục tiêu sản lượng ghẹ khai thác không vượt quá 9.500 tấn; đồng thời thả bổ sung 500.000 con ghẹ giống ra vùng biển ven bờ. Tổng kinh phí dự kiến 1,8 tỷ đồng, từ nguồn ngân sách tỉnh và xã hội hóa.

THANH HÀ
22/05/2024
"""

ASOF = per("tính đến ngày 30/4/2024", None, "2024-04-30")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
SINCE = per("Từ năm 2019 đến nay", "2019-01-01", "2024-05-22")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", "hộ ngư dân ven biển có thu nhập từ khai thác ghẹ",
        approx="about", optional=True),
    fig("có 1.265 tàu", "1.265", 1265, "count", "tàu cá", "tàu cá hành nghề lưới rê ghẹ và bẫy ghẹ", ASOF,
        percent=13.4),
    fig("dưới 12 m", "12", 12, "measure", "m", "chiều dài tàu", approx="under", optional=True),
    fig("là 1.032 chiếc", "1.032", 1032, "count", "chiếc", "tàu có chiều dài dưới 12 m hành nghề khai thác ghẹ",
        ASOF, total=1265),
    fig("đạt 3.240 tấn", "3.240", 3240, "measure", "tấn", "sản lượng ghẹ khai thác", M4,
        change=chg("decrease", 8.5, "%", "cùng kỳ năm 2023")),
    fig("(4-5 con/kg)", "4", 4, "measure", "con/kg", "kích cỡ ghẹ xanh loại 1", value_max=5, optional=True),
    fig("từ 350.000 đến 420.000", "350.000", 350000, "money", "đồng/kg", "giá ghẹ xanh loại 1 tại cảng",
        value_max=420000),
    fig("khoảng 40-50 kg", "40", 40, "measure", "kg", "sản lượng ghẹ mỗi chuyến tàu", value_max=50,
        approx="about", location="An Biên"),
    fig("dưới 10 cm", "10", 10, "measure", "cm", "chiều rộng mai ghẹ cấm khai thác", approx="under", optional=True),
    fig("hơn 21.000 con", "21.000", 21000, "count", "con ghẹ mang trứng", "ghẹ mang trứng được thả lại biển",
        SINCE, approx="over", location="Phú Quốc"),
    fig("thu hút 68 hộ", "68", 68, "count", "hộ", "hộ tham gia mô hình Ngân hàng ghẹ", SINCE, location="Phú Quốc"),
    fig("không vượt quá 9.500 tấn", "9.500", 9500, "measure", "tấn", "sản lượng ghẹ khai thác", Y24,
        approx="at_most", status="target"),
    fig("bổ sung 500.000 con", "500.000", 500000, "count", "con ghẹ giống", "ghẹ giống thả bổ sung ra vùng biển ven bờ",
        Y24, status="target"),
    fig("dự kiến 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "tổng kinh phí", inh(Y24), status="forecast"),
]

NOTES = [
    "Báo Kiên Giang (BKGO): khai thác ghẹ xanh, tàu cá, sản lượng 4 tháng đầu năm 2024, ngân hàng ghẹ, mục tiêu 2024. Byline + date at the end.",
    "'hàng nghìn hộ' (vague), size grade '4-5 con/kg', thresholds 'dưới 12 m', 'dưới 10 cm' are optional.",
    "'tàu có chiều dài dưới 12 m là 1.032 chiếc' after 'trong đó' takes the whole 1.265; 'chiếm 13,4%' is the share of 1.265.",
    "'Từ năm 2019 đến nay' ends at the dateline 2024-05-22. 'xã Hàm Ninh (TP Phú Quốc)' -> location Phú Quốc; the boat owner of",
    "huyện An Biên -> location An Biên. 'không vượt quá' = at_most; 'đặt mục tiêu' -> target continuing into 'đồng thời'; 'dự kiến' -> forecast.",
    "'KG 93456 TS' (boat number), 'Thông tư số 19/2018/TT-BNNPTNT', 'ấp Xẻo Nhàu', 'Tây Yên A', 'ngày 30/4/2024' are not figures.",
]

if __name__ == "__main__":
    write("p699-5", TEXT, NOTES, FIGS, published="2024-05-22", location="Kiên Giang")
