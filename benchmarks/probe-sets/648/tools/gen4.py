"""p648-4: ministry site (Bộ NN&PTNT) — national handicraft exports 2023, craft villages, 2025/2030 targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Phát triển nông thôn
Ngày đăng: 18/01/2024 | Lượt xem: 2.035

Kim ngạch xuất khẩu hàng thủ công mỹ nghệ năm 2023 ước đạt 2,2 tỷ USD

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023, kim ngạch xuất khẩu hàng thủ công mỹ nghệ của cả nước ước đạt 2,2 tỷ USD, giảm 8,3% so với năm 2022 do sức mua tại các thị trường chính suy yếu. Trong đó, nhóm hàng mây, tre, cói, thảm ước đạt 781 triệu USD; gốm sứ mỹ nghệ đạt 602 triệu USD; sơn mài, gỗ mỹ nghệ đạt 415 triệu USD.

Các địa phương có kim ngạch xuất khẩu thủ công mỹ nghệ lớn nhất lần lượt là Bình Dương (khoảng 540 triệu USD), Hà Nội (312 triệu USD) và Đồng Nai (186 triệu USD). Việt Nam hiện đứng thứ 4 châu Á về xuất khẩu hàng mây tre đan.

Cả nước hiện có khoảng 5.400 làng nghề, trong đó 2.028 làng nghề truyền thống, thu hút gần 11 triệu lao động. Thu nhập bình quân của lao động làng nghề đạt 5,2 triệu đồng/tháng, cao gấp 1,8 lần so với lao động thuần nông.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), phấn đấu đến năm 2025 có thêm 300 làng nghề được công nhận, kim ngạch xuất khẩu đạt 3,5 tỷ USD; đến năm 2030 đạt 4 tỷ USD và tỷ lệ lao động làng nghề qua đào tạo đạt trên 70%.

Cục Kinh tế hợp tác và PTNT - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. ĐT: 024.3845.9670
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("năm 2023 ước đạt 2,2", "2,2", 2.2e9, "money", "USD", status="estimate",
        subject="Kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=Y23),
    fig("cả nước ước đạt 2,2", "2,2", 2.2e9, "money", "USD", status="estimate",
        change=chg("decrease", 8.3, baseline="năm 2022"),
        subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=Y23),
    fig("781 triệu", "781", 781e6, "money", "USD", total=2.2e9, status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói, thảm", period=inh(Y23)),
    fig("602 triệu", "602", 602e6, "money", "USD", total=2.2e9, status="estimate",
        subject="kim ngạch xuất khẩu gốm sứ mỹ nghệ", period=inh(Y23)),
    fig("415 triệu", "415", 415e6, "money", "USD", total=2.2e9, status="estimate",
        subject="kim ngạch xuất khẩu sơn mài, gỗ mỹ nghệ", period=inh(Y23)),
    fig("khoảng 540", "540", 540e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu thủ công mỹ nghệ", period=inh(Y23), location="Bình Dương"),
    fig("312 triệu", "312", 312e6, "money", "USD",
        subject="kim ngạch xuất khẩu thủ công mỹ nghệ", period=inh(Y23), location="Hà Nội"),
    fig("186 triệu", "186", 186e6, "money", "USD",
        subject="kim ngạch xuất khẩu thủ công mỹ nghệ", period=inh(Y23), location="Đồng Nai"),
    fig("thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu hàng mây tre đan châu Á"),
    fig("khoảng 5.400", "5.400", 5400, "count", "làng nghề", approx="about", subject="làng nghề"),
    fig("2.028 làng", "2.028", 2028, "count", "làng nghề", total=5400, subject="làng nghề truyền thống"),
    fig("gần 11 triệu", "11", 11e6, "count", "lao động", approx="nearly", subject="lao động làng nghề"),
    fig("5,2 triệu", "5,2", 5.2e6, "money", "đồng/tháng",
        change=chg("increase", 1.8, "lần", baseline="lao động thuần nông"),
        subject="thu nhập bình quân của lao động làng nghề"),
    fig("thêm 300", "300", 300, "count", "làng nghề", status="target",
        subject="làng nghề được công nhận thêm", period=T25),
    fig("3,5 tỷ", "3,5", 3.5e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=T25),
    fig("đạt 4 tỷ", "4", 4e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=T30),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="tỷ lệ lao động làng nghề qua đào tạo", period=T30),
]

if __name__ == "__main__":
    write("p648-4", TEXT, FIGS, published="2024-01-18", location="Việt Nam", comments=[
        "Bộ NN&PTNT site ('Ngày đăng: 18/01/2024 | Lượt xem: 2.035'): national handicraft exports 2023, làng nghề, targets 2025/2030.",
        "Headline and lead state the same 2,2 tỷ USD: both are figures. Product groups after 'Trong đó' (next sentence) take total 2,2 tỷ",
        "and the estimate status ('ước đạt' in the first part, continuing clauses after ';').",
        "'cao gấp 1,8 lần so với lao động thuần nông' after 5,2 triệu is its change (lần); the provinces in the 'lần lượt' list go to location.",
        "Distractors: Lượt xem, giai đoạn 2021-2030, Quyết định số 801/QĐ-TTg, Số 16 Thụy Khuê, Tây Hồ (footer), phone.",
    ])
