"""p753-2: huyện Tháp Mười (Đồng Tháp) district portal, frog farming Q1/2024 and policy credit."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁP MƯỜI
Trang chủ / Kinh tế / Nông nghiệp

Tháp Mười: Quý I/2024, sản lượng ếch thương phẩm đạt gần 1.900 tấn

Thứ Năm, 11/04/2024 - 14:20

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, quý I/2024 toàn huyện có 415 hộ nuôi ếch với tổng diện tích 38,6 ha, tăng 5,2 ha so với cùng kỳ năm 2023. Trong đó, các xã dọc Quốc lộ 30 có diện tích nuôi lớn là Mỹ Hòa (9,4 ha), Đốc Binh Kiều (7,1 ha), Trường Xuân (6,3 ha) và Thạnh Lợi (4,8 ha).

Sản lượng ếch thương phẩm quý I ước đạt 1.870 tấn, tăng 12,4% so với cùng kỳ, đạt 26,7% kế hoạch năm. Giá ếch hiện dao động từ 35.000 đến 40.000 đồng/kg; sau khi trừ chi phí, người nuôi lãi khoảng 150-200 triệu đồng/ha mỗi vụ.

Để hỗ trợ hộ nghèo, hộ cận nghèo phát triển mô hình, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân 14,75 tỷ đồng cho 312 lượt hộ vay, bình quân 47,3 triệu đồng/hộ; dư nợ cho vay đến 31/3/2024 đạt 86,2 tỷ đồng, chiếm 18,5% tổng dư nợ.

Năm 2024, huyện phấn đấu nâng diện tích nuôi ếch lên 45 ha, sản lượng đạt 7.000 tấn, giá trị sản xuất khoảng 260 tỷ đồng.

Minh Tâm (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện)

Địa chỉ: số 27 đường Hùng Vương, khóm 3, thị trấn Mỹ An, huyện Tháp Mười | Điện thoại: 0277.3821.236
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1c = per("quý I", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
AREA = 38.6

FIGS = [
    fig("gần 1.900 tấn", "1.900", 1900, "measure", "tấn", "sản lượng ếch thương phẩm", Q1, approx="nearly"),
    fig("có 415 hộ", "415", 415, "count", "hộ", "hộ nuôi ếch", Q1b),
    fig("diện tích 38,6 ha", "38,6", 38.6, "measure", "ha", "tổng diện tích nuôi ếch", Q1b,
        change=chg("increase", 5.2, "ha", "cùng kỳ năm 2023")),
    fig("(9,4 ha)", "9,4", 9.4, "measure", "ha", "diện tích nuôi ếch xã Mỹ Hòa", inh(Q1b), total=AREA),
    fig("(7,1 ha)", "7,1", 7.1, "measure", "ha", "diện tích nuôi ếch xã Đốc Binh Kiều", inh(Q1b), total=AREA),
    fig("(6,3 ha)", "6,3", 6.3, "measure", "ha", "diện tích nuôi ếch xã Trường Xuân", inh(Q1b), total=AREA),
    fig("(4,8 ha)", "4,8", 4.8, "measure", "ha", "diện tích nuôi ếch xã Thạnh Lợi", inh(Q1b), total=AREA),
    fig("ước đạt 1.870 tấn", "1.870", 1870, "measure", "tấn", "sản lượng ếch thương phẩm", Q1c,
        change=chg("increase", 12.4, "%", "cùng kỳ"), percent=26.7, status="estimate"),
    fig("từ 35.000 đến 40.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá ếch", value_max=40000),
    fig("khoảng 150-200 triệu đồng/ha", "150", 150_000_000, "money", "đồng/ha", "lãi của người nuôi ếch mỗi vụ",
        value_max=200_000_000, approx="about"),
    fig("giải ngân 14,75 tỷ đồng", "14,75", 14_750_000_000, "money", "đồng",
        "vốn Ngân hàng Chính sách xã hội giải ngân cho hộ nghèo, hộ cận nghèo", inh(Q1b)),
    fig("cho 312 lượt hộ", "312", 312, "count", "lượt hộ", "lượt hộ vay", inh(Q1b)),
    fig("bình quân 47,3 triệu đồng/hộ", "47,3", 47_300_000, "money", "đồng/hộ", "mức vay bình quân", inh(Q1b)),
    fig("đạt 86,2 tỷ đồng", "86,2", 86_200_000_000, "money", "đồng", "dư nợ cho vay",
        per("đến 31/3/2024", end="2024-03-31"), percent=18.5),
    fig("lên 45 ha", "45", 45, "measure", "ha", "diện tích nuôi ếch", Y24, status="target"),
    fig("đạt 7.000 tấn", "7.000", 7000, "measure", "tấn", "sản lượng ếch", Y24, status="target"),
    fig("khoảng 260 tỷ đồng", "260", 260_000_000_000, "money", "đồng", "giá trị sản xuất nuôi ếch", Y24,
        approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Tháp Mười (Đồng Tháp): frog farming in Q1/2024, policy-bank credit, 2024 plan.",
    "Dateline 'Thứ Năm, 11/04/2024 - 14:20'; 'Quốc lộ 30', 'số 27 đường Hùng Vương', 'khóm 3', phone are not figures.",
    "Commune brackets after 'Trong đó' are parts of the 38,6 ha (cue follows the area sentence) though they do not add up.",
    "Communes are not province/city/district, so their figures keep the district location and the commune stays in the subject.",
    "Headline 'đạt gần 1.900 tấn' has no 'ước': actual. '1.870 tấn ... đạt 26,7% kế hoạch năm' -> percent attribute.",
    "'Năm 2024, huyện phấn đấu ...' -> three target figures (45 ha, 7.000 tấn, khoảng 260 tỷ đồng).",
]

if __name__ == "__main__":
    write("p753-2", TEXT, NOTES, FIGS, published="2024-04-11", location="Tháp Mười")
