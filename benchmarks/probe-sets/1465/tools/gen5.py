"""p1465-5: national newspaper: Vietnam's cosmetics and perfume imports in 2024, market size, violations."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 16/1/2025, 10:20 (GMT+7)

Người Việt chi hơn 1,3 tỷ USD nhập khẩu mỹ phẩm, nước hoa

Năm 2024, kim ngạch nhập khẩu mỹ phẩm, nước hoa tăng hơn 14%, trong đó Hàn Quốc và Pháp là hai thị trường cung cấp lớn nhất.

Theo số liệu của Tổng cục Hải quan, năm 2024 cả nước nhập khẩu 1,34 tỷ USD mỹ phẩm, nước hoa và chế phẩm vệ sinh, tăng 14,2% so với năm 2023. Riêng nhóm nước hoa và nước thơm đạt 287,6 triệu USD, chiếm 21,5% tổng kim ngạch.

Hàn Quốc là thị trường cung cấp lớn nhất với 352 triệu USD, tiếp đến là Pháp 198,4 triệu USD, Nhật Bản 141 triệu USD và Mỹ 97,5 triệu USD. Riêng nước hoa nhập từ Pháp đạt 118 triệu USD, tăng 26,3% so với năm trước.

Ông Phạm Đức Long, Chủ tịch Hội Doanh nghiệp nước hoa và hương liệu Việt Nam, cho biết quy mô thị trường nước hoa trong nước năm 2024 ước khoảng 8.500 tỷ đồng, trong đó hàng nhập khẩu chiếm trên 90%. Việt Nam hiện đứng thứ 5 trong khu vực ASEAN về quy mô thị trường nước hoa. Giai đoạn 2025-2030, thị trường được dự báo tăng trưởng bình quân 8-10% mỗi năm.

Cả nước hiện có khoảng 2.400 cửa hàng chuyên doanh nước hoa, song chỉ chừng 15% được các hãng ủy quyền phân phối chính hãng.

Năm 2024, lực lượng quản lý thị trường cả nước xử lý 1.862 vụ vi phạm về mỹ phẩm, trong đó có 604 vụ liên quan đến nước hoa giả, nhập lậu; tổng số tiền phạt hơn 21 tỷ đồng. TP Hồ Chí Minh và Hà Nội là hai địa phương có số vụ nhiều nhất, lần lượt 412 vụ và 367 vụ.

Minh Châu
"""

SAPO = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
GD = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
IMP = "kim ngạch nhập khẩu mỹ phẩm, nước hoa từ "

FIGS = [
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "USD", approx="over",
        subject="nhập khẩu mỹ phẩm, nước hoa"),
    fig("tăng hơn 14%", "14", 14, "percent", "%", approx="over",
        subject="kim ngạch nhập khẩu mỹ phẩm, nước hoa", period=SAPO),
    fig("là hai thị trường", "hai", 2, "count", "thị trường",
        subject="thị trường cung cấp lớn nhất", period=SAPO, optional=True),
    fig("nhập khẩu 1,34 tỷ", "1,34", 1.34e9, "money", "USD",
        change=chg("increase", 14.2, "%", "năm 2023"),
        subject="nhập khẩu mỹ phẩm, nước hoa và chế phẩm vệ sinh", period=Y24),
    fig("đạt 287,6 triệu", "287,6", 287.6e6, "money", "USD", percent=21.5,
        subject="nhập khẩu nhóm nước hoa và nước thơm", period=inh(Y24)),
    fig("với 352 triệu", "352", 352e6, "money", "USD",
        subject=IMP + "Hàn Quốc", period=inh(Y24)),
    fig("Pháp 198,4 triệu", "198,4", 198.4e6, "money", "USD",
        subject=IMP + "Pháp", period=inh(Y24)),
    fig("Nhật Bản 141 triệu", "141", 141e6, "money", "USD",
        subject=IMP + "Nhật Bản", period=inh(Y24)),
    fig("Mỹ 97,5 triệu", "97,5", 97.5e6, "money", "USD",
        subject=IMP + "Mỹ", period=inh(Y24)),
    fig("đạt 118 triệu", "118", 118e6, "money", "USD",
        change=chg("increase", 26.3, "%", "năm trước"),
        subject="nước hoa nhập từ Pháp", period=inh(Y24)),
    fig("khoảng 8.500 tỷ", "8.500", 8500e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường nước hoa trong nước", period=Y24),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="estimate",
        subject="hàng nhập khẩu trong thị trường nước hoa", period=Y24),
    fig("đứng thứ 5", "5", 5, "rank", "hạng",
        subject="quy mô thị trường nước hoa trong khu vực ASEAN"),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="tăng trưởng bình quân thị trường nước hoa", period=GD),
    fig("khoảng 2.400 cửa hàng", "2.400", 2400, "count", "cửa hàng", approx="about",
        subject="cửa hàng chuyên doanh nước hoa"),
    fig("chừng 15%", "15", 15, "percent", "%", approx="about",
        subject="cửa hàng được các hãng ủy quyền phân phối chính hãng"),
    fig("xử lý 1.862 vụ", "1.862", 1862, "count", "vụ",
        subject="vụ vi phạm về mỹ phẩm", period=SAPO),
    fig("có 604 vụ", "604", 604, "count", "vụ", total=1862,
        subject="vụ liên quan đến nước hoa giả, nhập lậu", period=SAPO),
    fig("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over",
        subject="tổng số tiền phạt", period=SAPO),
    fig("là hai địa phương", "hai", 2, "count", "địa phương",
        subject="địa phương có số vụ nhiều nhất", optional=True),
    fig("lần lượt 412 vụ", "412", 412, "count", "vụ",
        subject="số vụ vi phạm về mỹ phẩm", period=inh(SAPO), location="TP Hồ Chí Minh"),
    fig("và 367 vụ", "367", 367, "count", "vụ",
        subject="số vụ vi phạm về mỹ phẩm", period=inh(SAPO), location="Hà Nội"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 16/1/2025, 10:20 (GMT+7)', sapo, byline at the end. Vietnam's cosmetics/perfume imports in 2024.",
    "Distractors: dateline, '(GMT+7)', 'Giai đoạn 2025-2030', baselines 'năm 2023', 'năm trước'.",
    "Trade partners (Hàn Quốc, Pháp, Nhật Bản, Mỹ) are not places: location Việt Nam; the partner stands in the subject.",
    "'Riêng nhóm nước hoa ... 287,6 triệu USD, chiếm 21,5%' and 'Riêng nước hoa nhập từ Pháp ... 118 triệu USD': 'Riêng' is no part-of cue, no total.",
    "'hai thị trường', 'hai địa phương' name the group that a list or a superlative follows: optional (as 'Ba doanh nghiệp dẫn đầu' in set 1242).",
    "'năm 2024 ước khoảng 8.500 tỷ đồng, trong đó hàng nhập khẩu chiếm trên 90%': the share is a percent figure of its own,",
    "  in the same estimate clause (estimate). '8-10% mỗi năm' is a forecast growth rate (percent, range).",
    "'TP Hồ Chí Minh và Hà Nội ..., lần lượt 412 vụ và 367 vụ': list items located in the two cities.",
]

if __name__ == "__main__":
    write("p1465-5", TEXT, NOTES, FIGS, published="2025-01-16", location="Việt Nam")
