"""p758-2: huyện Đồng Văn (Hà Giang) district portal — horse herd, pack horses, support policy."""
from lib import emit, fig, per, inh, year, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN
Tỉnh Hà Giang
Thứ Tư, 10/04/2024 - 15:20

Đồng Văn: Đàn ngựa tăng 6,2% sau 3 năm thực hiện chính sách hỗ trợ

Tính đến ngày 31/3/2024, tổng đàn ngựa của huyện đạt 3.846 con, tăng 6,2% so với cùng kỳ năm 2023; trong đó ngựa cái sinh sản 1.512 con, chiếm 39,3% tổng đàn. Các xã có đàn ngựa lớn gồm: Lũng Cú (462 con), Sà Phìn (395 con), Sủng Là (371 con), Phố Cáo (348 con).

Thực hiện Nghị quyết số 08/2021/NQ-HĐND của HĐND huyện, giai đoạn 2021-2023 huyện đã hỗ trợ 286 hộ mua 310 con ngựa cái giống với mức 10 triệu đồng/con, tổng kinh phí 3,1 tỷ đồng.

Ngựa thồ vẫn là phương tiện vận chuyển chính ở 12/19 xã, thị trấn có địa hình núi đá; mỗi con ngựa thồ khỏe có thể chở từ 80 đến 100 kg hàng. Giá một con ngựa thồ trưởng thành hiện dao động 25-30 triệu đồng, ngựa giống tốt có giá trên 40 triệu đồng/con.

Năm 2023, Trạm Chăn nuôi và Thú y huyện đã tiêm 5.420 liều vắc xin tụ huyết trùng cho đàn gia súc, trong đó có 2.980 liều tiêm cho ngựa; không để xảy ra dịch bệnh lớn.

Huyện phấn đấu đến năm 2025 tổng đàn ngựa đạt 4.200 con, tỷ lệ ngựa được tiêm phòng đạt trên 85%; thành lập mới 3 hợp tác xã chăn nuôi ngựa gắn với du lịch cộng đồng.

Phòng Nông nghiệp và PTNT huyện Đồng Văn - Tổ 2, thị trấn Đồng Văn - ĐT: 0219.3856.114
"""

ASOF = per("Tính đến ngày 31/3/2024", None, "2024-03-31")
GD = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
N23 = year("Năm 2023", 2023)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Đàn ngựa tăng 6,2% sau", "6,2", 6.2, "percent", "%", "tốc độ tăng đàn ngựa", inh(ASOF)),
    fig("đạt 3.846 con", "3.846", 3846, "count", "con", "tổng đàn ngựa của huyện", ASOF,
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2023")),
    fig("sinh sản 1.512 con", "1.512", 1512, "count", "con", "ngựa cái sinh sản", ASOF, total=3846, percent=39.3),
    fig("Lũng Cú (462 con)", "462", 462, "count", "con", "đàn ngựa", inh(ASOF)),
    fig("Sà Phìn (395 con)", "395", 395, "count", "con", "đàn ngựa", inh(ASOF)),
    fig("Sủng Là (371 con)", "371", 371, "count", "con", "đàn ngựa", inh(ASOF)),
    fig("Phố Cáo (348 con)", "348", 348, "count", "con", "đàn ngựa", inh(ASOF)),
    fig("hỗ trợ 286 hộ", "286", 286, "count", "hộ", "hộ được hỗ trợ mua ngựa cái giống", GD),
    fig("mua 310 con", "310", 310, "count", "con", "ngựa cái giống được hỗ trợ mua", GD),
    fig("mức 10 triệu đồng/con", "10", 10e6, "money", "đồng/con", "mức hỗ trợ mua ngựa cái giống", GD),
    fig("tổng kinh phí 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "tổng kinh phí hỗ trợ mua ngựa cái giống", GD),
    fig("ở 12/19 xã", "12", 12, "count", "xã, thị trấn", "xã, thị trấn dùng ngựa thồ làm phương tiện vận chuyển chính",
        total=19),
    fig("từ 80 đến 100 kg", "80", 80, "measure", "kg", "khối lượng hàng một con ngựa thồ khỏe có thể chở",
        value_max=100),
    fig("dao động 25-30 triệu", "25", 25e6, "money", "đồng", "giá một con ngựa thồ trưởng thành", value_max=30e6),
    fig("trên 40 triệu đồng/con", "40", 40e6, "money", "đồng/con", "giá ngựa giống tốt", approx="over"),
    fig("tiêm 5.420 liều", "5.420", 5420, "count", "liều", "liều vắc xin tụ huyết trùng tiêm cho đàn gia súc", N23),
    fig("có 2.980 liều", "2.980", 2980, "count", "liều", "liều vắc xin tiêm cho ngựa", N23, total=5420),
    fig("đạt 4.200 con", "4.200", 4200, "count", "con", "tổng đàn ngựa", T25, status="target"),
    fig("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ ngựa được tiêm phòng", T25, approx="over", status="target"),
    fig("thành lập mới 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
        "hợp tác xã chăn nuôi ngựa gắn với du lịch cộng đồng thành lập mới", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đồng Văn (Hà Giang): horse herd as of 31/3/2024, support policy 2021-2023, pack horses, vaccination, 2025 targets.",
    "Dateline 'Thứ Tư, 10/04/2024 - 15:20'. Location: the district (district portal). The list after 'gồm' follows no figure, so no total.",
    "revised: the commune list items (Lũng Cú …) first had the commune as location; FIGURES.md defines location as the province, city or",
    "district the figure describes, so a commune's figure takes its district, Đồng Văn (the commune is neither location nor, here, subject).",
    "Headline 'tăng 6,2%' is a growth rate standing as the claim (percent figure, no change); in the body it is the change of 3.846 con.",
    "Distractors: 'sau 3 năm' (duration), 'Nghị quyết số 08/2021/NQ-HĐND', 'Tổ 2', phone 0219.3856.114, dateline.",
    "Targets: 'phấn đấu đến năm 2025' governs its clause and the continuing clauses after ';'.",
]

if __name__ == "__main__":
    emit("p758-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Đồng Văn")
