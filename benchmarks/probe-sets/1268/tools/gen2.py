"""p1268-2: district portal (huyện Củ Chi, TP Hồ Chí Minh): a worm-farming group beside dairy farms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Nuôi trùn quế kết hợp chăn nuôi bò sữa ở Trung Lập Hạ

21/05/2024 - 10:20

Những năm gần đây, nhiều hộ nuôi bò sữa ở xã Trung Lập Hạ đã tận dụng phân bò để nuôi trùn quế, vừa giảm ô nhiễm vừa có thêm thu nhập.

Tổ hợp tác trùn quế Ấp 5 được thành lập năm 2021 với 9 thành viên, đến nay đã có ba chục hộ tham gia, gồm 22 hộ nuôi bò sữa và 8 hộ chỉ nuôi trùn. Tổng diện tích luống nuôi của tổ khoảng 1,8 ha; mỗi tháng tổ thu hoạch từ 40 đến 50 tấn phân trùn và gần 4 tấn trùn sinh khối.

Anh Nguyễn Văn Hậu, Tổ trưởng, cho biết phân trùn được bán cho các vườn rau, vườn kiểng với giá 3.000 đồng/kg, trùn sinh khối bán cho trại cá, trại gà giá 30.000 đồng/kg. Sau khi trừ chi phí, mỗi thành viên thu nhập bình quân 7,5 triệu đồng/tháng, cao hơn 1,5 lần so với trước khi tham gia tổ.

Năm 2023, tổ đã cung cấp cho thị trường khoảng 520 tấn phân trùn, doanh thu hơn 1,9 tỷ đồng, tăng 24% so với năm 2022. Riêng 4 tháng đầu năm 2024, tổ tiêu thụ 205 tấn, bằng 39% kế hoạch năm.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 146 hộ nuôi trùn quế, tập trung tại các xã Trung Lập Hạ, Trung Lập Thượng và Phước Thạnh, trong đó có hai hợp tác xã và một tổ hợp tác. Năm 2024, huyện phấn đấu hỗ trợ thêm 40 hộ chuyển đổi sang mô hình này. Dự kiến cả năm, lượng phân bò được xử lý qua trùn quế đạt khoảng 12.000 tấn.

Nguồn: Phòng Kinh tế huyện Củ Chi
Tin khác:
- Củ Chi tiêm vắc xin lở mồm long móng đợt 1 năm 2024
- Sơ kết Chương trình xây dựng nông thôn mới

UBND huyện Củ Chi - 77 Tỉnh lộ 8, khu phố 7, thị trấn Củ Chi - ĐT: 028.3892.1203
"""

Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FULL = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên",
        subject="thành viên Tổ hợp tác trùn quế Ấp 5 khi thành lập", period=Y21),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ tham gia tổ hợp tác"),
    fig("gồm 22 hộ", "22", 22, "count", "hộ", total=30, subject="hộ nuôi bò sữa tham gia tổ"),
    fig("và 8 hộ", "8", 8, "count", "hộ", total=30, subject="hộ chỉ nuôi trùn"),
    fig("khoảng 1,8 ha", "1,8", 1.8, "measure", "ha", approx="about",
        subject="tổng diện tích luống nuôi của tổ"),
    fig("từ 40 đến 50 tấn", "40", 40, "measure", "tấn/tháng", value_max=50,
        subject="phân trùn tổ thu hoạch mỗi tháng"),
    fig("gần 4 tấn", "4", 4, "measure", "tấn/tháng", approx="nearly",
        subject="trùn sinh khối tổ thu hoạch mỗi tháng"),
    fig("giá 3.000", "3.000", 3000, "money", "đồng/kg", subject="giá phân trùn"),
    fig("giá 30.000", "30.000", 30000, "money", "đồng/kg", subject="giá trùn sinh khối"),
    fig("quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng",
        change=chg("increase", 1.5, "lần", "trước khi tham gia tổ"),
        subject="thu nhập bình quân mỗi thành viên"),
    fig("khoảng 520 tấn", "520", 520, "measure", "tấn", approx="about",
        subject="phân trùn tổ cung cấp cho thị trường", period=Y23),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over",
        change=chg("increase", 24, "%", "năm 2022"), subject="doanh thu của tổ", period=Y23),
    fig("tiêu thụ 205 tấn", "205", 205, "measure", "tấn", percent=39,
        subject="phân trùn tổ tiêu thụ", period=M4),
    fig("có 146 hộ", "146", 146, "count", "hộ", subject="hộ nuôi trùn quế"),
    fig("có hai hợp tác xã", "hai", 2, "count", "hợp tác xã", subject="hợp tác xã nuôi trùn quế"),
    fig("một tổ hợp tác", "một", 1, "count", "tổ hợp tác", subject="tổ hợp tác nuôi trùn quế"),
    fig("thêm 40 hộ", "40", 40, "count", "hộ", status="target",
        subject="hộ được hỗ trợ chuyển đổi sang mô hình nuôi trùn quế", period=Y24),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="about", status="forecast",
        subject="lượng phân bò được xử lý qua trùn quế", period=FULL),
]

NOTES = [
    "District portal (huyện Củ Chi): banner, menu, date line '21/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'Tổ hợp tác trùn quế Ấp 5' (a name), 'thành lập năm 2021', 'đợt 1 năm 2024', '77 Tỉnh lộ 8, khu phố 7', phone 028.3892.1203, 10:20.",
    "Location: the whole article is huyện Củ Chi (xã Trung Lập Hạ is a commune of it).",
    "'ba chục hộ' = 30, the whole of 'gồm 22 ... và 8 ...' (22 + 8 = 30). '9 thành viên' at founding takes 'năm 2021'.",
    "'đến nay', 'hiện' give no period. 'mỗi tháng ... từ 40 đến 50 tấn' and 'gần 4 tấn' are monthly rates (tấn/tháng).",
    "'cao hơn 1,5 lần so với trước khi tham gia tổ' is the change of the income (unit lần).",
    "'trong đó có hai hợp tác xã và một tổ hợp tác' after '146 hộ' counts other things (not hộ): no total.",
    "'Dự kiến cả năm' → forecast; year-less 'cả năm' takes 2024 from the previous sentence.",
]

if __name__ == "__main__":
    write("p1268-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Củ Chi")
