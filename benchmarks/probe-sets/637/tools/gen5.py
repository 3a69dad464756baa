"""p637-5: Party newspaper (Báo Bắc Giang), organic fertiliser from farm by-products, 2023; byline and date at the end."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Kinh tế > Nông nghiệp

Sản xuất hơn 38 nghìn tấn phân bón hữu cơ từ phụ phẩm nông nghiệp

(BGĐT) - Năm 2023, nông dân và các hợp tác xã trên địa bàn tỉnh Bắc Giang đã sản xuất được trên 38 nghìn tấn phân bón hữu cơ vi sinh từ rơm rạ, phân chuồng và phụ phẩm chăn nuôi, tăng gần 9 nghìn tấn so với năm 2022. Lượng phân này đủ bón cho khoảng 7.600 ha cây trồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh có 27 mô hình ủ phân hữu cơ quy mô hợp tác xã, tập trung ở các huyện Lục Ngạn, Lạng Giang và Tân Yên với số mô hình lần lượt là 9, 7 và 5. Tổng kinh phí hỗ trợ từ ngân sách tỉnh cho các mô hình là 2,4 tỷ đồng, mức hỗ trợ tối đa 100 triệu đồng/mô hình.

Tại huyện Lục Ngạn, việc dùng phân hữu cơ thay thế từ 30 đến 40% lượng phân bón vô cơ trên cây vải thiều giúp nhà vườn giảm chi phí khoảng 8-10 triệu đồng/ha; năng suất vải bình quân vẫn đạt 6,2 tấn/ha. Ông Giáp Văn Bảy, thôn Thanh Hùng, xã Tân Mộc cho biết, gia đình ông 2 năm nay chuyển sang dùng phân hữu cơ cho 1,5 ha vải, đất tơi xốp hơn, quả đẹp, bán được giá.

Thực hiện Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy, tỉnh phấn đấu đến năm 2025 lượng phân bón hữu cơ sử dụng đạt 60 nghìn tấn/năm, diện tích cây ăn quả được bón phân hữu cơ chiếm trên 50%.

Thu Hương
18/02/2024
"""

NOTES = [
    "Báo Bắc Giang (Party newspaper): organic fertiliser made from farm by-products in 2023, cooperative composting models, Lục Ngạn lychee.",
    "Byline 'Thu Hương' and the bare date '18/02/2024' at the end give published. '(BGĐT)' is the paper's tag.",
    "'tăng gần 9 nghìn tấn so với năm 2022' is the change of the lead figure (tấn, nearly). The headline figure inherits the lead's period.",
    "'lần lượt là 9, 7 và 5': each item a figure, the district its location, the list's indicator its subject; the items do not add up to",
    "the 27 and follow no cue: no total. 'tối đa 100 triệu đồng/mô hình' is money at_most with the rate in the unit; '8-10 triệu' is a range",
    "whose multiplier applies to both ends. '1,5 ha' of one household in xã Tân Mộc (Lục Ngạn) is a figure; '2 năm nay' is a duration.",
    "'phấn đấu đến năm 2025' governs both clauses (60 nghìn tấn/năm and trên 50%).",
    "Distractors: 'Nghị quyết số 07-NQ/TU', 'Giáp Văn Bảy' (a name), '2 năm nay', the dateline at the end.",
]

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
M = "mô hình ủ phân hữu cơ quy mô hợp tác xã"

FIGS = [
    fig("hơn 38 nghìn tấn", "38", 38000, "measure", "tấn", "phân bón hữu cơ sản xuất từ phụ phẩm nông nghiệp", inh(Y23), approx="over"),
    fig("trên 38 nghìn tấn", "38", 38000, "measure", "tấn", "phân bón hữu cơ vi sinh sản xuất từ rơm rạ, phân chuồng và phụ phẩm chăn nuôi",
        Y23, approx="over", change=chg("increase", 9000, unit="tấn", baseline="năm 2022", approx="nearly")),
    fig("khoảng 7.600 ha", "7.600", 7600, "measure", "ha", "diện tích cây trồng đủ bón", inh(Y23), approx="about"),
    fig("có 27 mô hình", "27", 27, "count", "mô hình", M),
    fig("lần lượt là 9,", "9", 9, "count", "mô hình", M, location="Lục Ngạn"),
    fig(" 7 và 5", "7", 7, "count", "mô hình", M, location="Lạng Giang"),
    fig("và 5. Tổng", "5", 5, "count", "mô hình", M, location="Tân Yên"),
    fig("là 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "tổng kinh phí hỗ trợ từ ngân sách tỉnh cho các mô hình"),
    fig("tối đa 100 triệu đồng/mô hình", "100", 100000000, "money", "đồng/mô hình", "mức hỗ trợ", approx="at_most"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "lượng phân bón vô cơ được thay thế bằng phân hữu cơ trên cây vải thiều",
        value_max=40, location="Lục Ngạn"),
    fig("khoảng 8-10 triệu", "8", 8000000, "money", "đồng/ha", "chi phí nhà vườn giảm", value_max=10000000, approx="about",
        location="Lục Ngạn"),
    fig("đạt 6,2 tấn/ha", "6,2", 6.2, "measure", "tấn/ha", "năng suất vải bình quân", location="Lục Ngạn"),
    fig("cho 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích vải dùng phân hữu cơ của gia đình ông Giáp Văn Bảy", location="Lục Ngạn"),
    fig("đạt 60 nghìn tấn/năm", "60", 60000, "measure", "tấn/năm", "lượng phân bón hữu cơ sử dụng", T25, status="target"),
    fig("trên 50%", "50", 50, "percent", "%", "diện tích cây ăn quả được bón phân hữu cơ", T25, approx="over", status="target"),
]

write("p637-5", TEXT, NOTES, FIGS, published="2024-02-18", location="Bắc Giang")
