"""p1414-5: provincial newspaper (Báo Khánh Hòa): a building in TP Nha Trang waits for its maintenance fund; province figures."""
from lib import fig, per, chg, write

TEXT = """Báo Khánh Hòa điện tử
Thời sự | Xã hội | Đô thị

Chung cư Sao Biển Xanh: Cư dân mòn mỏi chờ bàn giao quỹ bảo trì

Thứ Hai, 11/03/2024 | 07:45

(BKH) - Hơn 3 năm sau khi nhận nhà, cư dân Chung cư Sao Biển Xanh (phường Phước Hải, TP Nha Trang) vẫn chưa nhận đủ khoản kinh phí bảo trì gần 19 tỷ đồng từ chủ đầu tư, trong khi phí quản lý liên tục tăng.

Chung cư Sao Biển Xanh gồm 2 tòa cao 25 tầng với 612 căn hộ, do Công ty cổ phần Đầu tư Địa ốc Hải Đăng làm chủ đầu tư, bàn giao từ tháng 12/2020. Theo Ban quản trị, tổng kinh phí bảo trì 2% mà chủ đầu tư phải bàn giao là 18,7 tỷ đồng, nhưng công ty mới chuyển 4,2 tỷ đồng, tương đương 22,5%.

Trong khi đó, đơn vị quản lý vận hành do chủ đầu tư chỉ định đã nâng phí dịch vụ từ 9.000 lên 12.500 đồng/m2/tháng, tăng gần 39%. Với căn hộ 70 m2, mỗi hộ phải trả thêm khoảng 245.000 đồng/tháng.

Ông Trần Văn Khải, Trưởng ban quản trị, cho biết: "Ban quản trị đã gửi 6 văn bản đề nghị nhưng chủ đầu tư cứ hẹn lần này đến lần khác. Hiện có tới 180 hộ, chiếm gần 30% số căn hộ, chưa đồng ý mức phí mới".

Theo Sở Xây dựng, toàn tỉnh hiện có 47 nhà chung cư, trong đó 9 nhà chung cư chưa được bàn giao kinh phí bảo trì với tổng số tiền khoảng 96 tỷ đồng. Năm 2023, Sở nhận 27 đơn phản ánh về quản lý chung cư, gấp đôi năm 2022. Sở đã đề nghị UBND tỉnh xem xét cưỡng chế Công ty Hải Đăng chuyển số tiền còn lại là 14,5 tỷ đồng.

HẢI LINH
"""

NT = "Nha Trang"
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Hơn 3 năm", "3", 3, "measure", "năm", approx="over",
        subject="thời gian sau khi nhận nhà", location=NT, optional=True),
    fig("gần 19 tỷ", "19", 19e9, "money", "đồng", approx="nearly",
        subject="kinh phí bảo trì Chung cư Sao Biển Xanh chưa nhận đủ", location=NT),
    fig("gồm 2 tòa", "2", 2, "count", "tòa",
        subject="tòa Chung cư Sao Biển Xanh", location=NT),
    fig("cao 25 tầng", "25", 25, "count", "tầng",
        subject="số tầng của tòa Chung cư Sao Biển Xanh", location=NT),
    fig("với 612 căn", "612", 612, "count", "căn hộ",
        subject="căn hộ Chung cư Sao Biển Xanh", location=NT),
    fig("bảo trì 2% mà", "2", 2, "percent", "%",
        subject="kinh phí bảo trì", location=NT, optional=True),
    fig("là 18,7 tỷ", "18,7", 18.7e9, "money", "đồng",
        subject="tổng kinh phí bảo trì chủ đầu tư phải bàn giao", location=NT),
    fig("chuyển 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", percent=22.5,
        subject="kinh phí bảo trì công ty đã chuyển", location=NT),
    fig("từ 9.000 lên", "9.000", 9000, "money", "đồng/m2/tháng",
        subject="phí dịch vụ trước khi nâng", location=NT, optional=True),
    fig("lên 12.500 đồng", "12.500", 12500, "money", "đồng/m2/tháng",
        change=chg("increase", 39, "%", approx="nearly"),
        subject="phí dịch vụ quản lý vận hành", location=NT),
    fig("căn hộ 70 m2", "70", 70, "measure", "m2",
        subject="diện tích căn hộ", location=NT, optional=True),
    fig("khoảng 245.000 đồng", "245.000", 245000, "money", "đồng/tháng", approx="about",
        subject="tiền mỗi hộ phải trả thêm", location=NT),
    fig("gửi 6 văn", "6", 6, "count", "văn bản",
        subject="văn bản đề nghị ban quản trị đã gửi", location=NT),
    fig("tới 180 hộ", "180", 180, "count", "hộ", percent=30,
        subject="hộ chưa đồng ý mức phí mới", location=NT),
    fig("có 47 nhà", "47", 47, "count", "nhà chung cư", subject="nhà chung cư"),
    fig("trong đó 9 nhà", "9", 9, "count", "nhà chung cư", total=47,
        subject="nhà chung cư chưa được bàn giao kinh phí bảo trì"),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about",
        subject="tổng số tiền kinh phí bảo trì chưa được bàn giao"),
    fig("nhận 27 đơn", "27", 27, "count", "đơn",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="đơn phản ánh về quản lý chung cư", period=Y23),
    fig("là 14,5 tỷ", "14,5", 14.5e9, "money", "đồng",
        subject="số tiền còn lại Công ty Hải Đăng phải chuyển", location=NT),
]

NOTES = [
    "Provincial newspaper (Báo Khánh Hòa), 'Thứ Hai, 11/03/2024 | 07:45', tag '(BKH) -', byline at the end.",
    "The building passage (Chung cư Sao Biển Xanh, TP Nha Trang) is located in Nha Trang; the Sở Xây dựng paragraph is Khánh Hòa,",
    "except the 14,5 tỷ still owed by the building's developer (Nha Trang).",
    "Optional: the story's duration 'Hơn 3 năm' (a duration that locates the story), the fund's name 'bảo trì 2%', the old fee in 'từ 9.000 lên 12.500',",
    "and the hypothetical flat size 'Với căn hộ 70 m2'. 'cao 25 tầng' is a fact about the building: a count.",
    "'tăng gần 39%' is the change of the new fee (approx nearly); 'gấp đôi năm 2022' is a change of 2 lần; 'chiếm gần 30%' a percent attribute.",
    "Distractors: 07:45, 'tháng 12/2020', 'lần này đến lần khác'.",
]

if __name__ == "__main__":
    write("p1414-5", TEXT, NOTES, FIGS, published="2024-03-11", location="Khánh Hòa")
