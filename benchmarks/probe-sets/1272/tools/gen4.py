"""p1272-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national farm residues, husk use, biochar plants, exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Khoa học - Công nghệ

Mỗi năm cả nước phát sinh khoảng 156 triệu tấn phụ phẩm nông nghiệp

21/03/2024 | 15:10 | Cục Trồng trọt

Theo Cục Trồng trọt, mỗi năm sản xuất nông nghiệp cả nước phát sinh khoảng 156 triệu tấn phụ phẩm, trong đó phụ phẩm trồng trọt khoảng 89 triệu tấn. Riêng cây lúa để lại khoảng 43 triệu tấn rơm rạ và 8,6 triệu tấn trấu. Tuy nhiên, mới có khoảng 35% lượng rơm rạ được thu gom, sử dụng; trên 60% còn bị đốt hoặc bỏ ngoài đồng.

Trấu được tận dụng tốt hơn: khoảng 85% lượng trấu đã được dùng làm chất đốt, củi trấu, than trấu. Cả nước hiện có khoảng 120 cơ sở sản xuất than sinh học, than trấu quy mô công nghiệp, nhiều nhất là Đồng Tháp (31 cơ sở), An Giang (27 cơ sở) và Kiên Giang (15 cơ sở); tổng công suất hơn 400.000 tấn/năm.

Năm 2023, xuất khẩu than trấu, củi trấu đạt 286 triệu USD, tăng 12,3% so với năm 2022; Nhật Bản và Hàn Quốc chiếm 71% kim ngạch.

Theo Viện Thổ nhưỡng Nông hóa, bón than sinh học với lượng 3-5 tấn/ha giúp tăng năng suất lúa 8-12%, giảm khoảng 30% phát thải khí mê-tan.

Theo Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao và phát thải thấp, đến năm 2030, 100% rơm rạ trong vùng đề án được thu gom khỏi đồng ruộng. Bộ dự kiến ban hành hướng dẫn kỹ thuật sản xuất than sinh học trong quý III/2024.

Bài viết liên quan:
- Hội nghị tổng kết ngành trồng trọt năm 2023
- Hướng dẫn quy trình canh tác lúa giảm phát thải theo tiêu chuẩn SRP

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Giấy phép số 45/GP-TTĐT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
LIST = "cơ sở sản xuất than sinh học, than trấu quy mô công nghiệp"

FIGS = [
    fig("Mỗi năm cả nước phát sinh khoảng 156", "156", 156e6, "measure", "tấn/năm", approx="about",
        subject="phụ phẩm nông nghiệp phát sinh"),
    fig("nghiệp cả nước phát sinh khoảng 156", "156", 156e6, "measure", "tấn/năm", approx="about",
        subject="phụ phẩm sản xuất nông nghiệp phát sinh"),
    fig("khoảng 89 triệu", "89", 89e6, "measure", "tấn/năm", approx="about", total=156e6,
        subject="phụ phẩm trồng trọt"),
    fig("khoảng 43 triệu", "43", 43e6, "measure", "tấn", approx="about", subject="rơm rạ cây lúa để lại"),
    fig("và 8,6 triệu", "8,6", 8.6e6, "measure", "tấn", subject="trấu cây lúa để lại"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="lượng rơm rạ được thu gom, sử dụng"),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", subject="rơm rạ bị đốt hoặc bỏ ngoài đồng"),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="lượng trấu được dùng làm chất đốt, củi trấu, than trấu"),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about", subject=LIST),
    fig("Tháp (31 cơ sở)", "31", 31, "count", "cơ sở", subject=LIST, location="Đồng Tháp"),
    fig("Giang (27 cơ sở)", "27", 27, "count", "cơ sở", subject=LIST, location="An Giang"),
    fig("Giang (15 cơ sở)", "15", 15, "count", "cơ sở", subject=LIST, location="Kiên Giang"),
    fig("hơn 400.000 tấn/năm", "400.000", 400000, "measure", "tấn/năm", approx="over",
        subject="tổng công suất cơ sở sản xuất than sinh học, than trấu"),
    fig("đạt 286 triệu", "286", 286e6, "money", "USD", change=chg("increase", 12.3, "%", "năm 2022"),
        subject="xuất khẩu than trấu, củi trấu", period=Y23),
    fig("chiếm 71%", "71", 71, "percent", "%",
        subject="tỷ trọng của Nhật Bản và Hàn Quốc trong kim ngạch xuất khẩu than trấu, củi trấu", period=Y23),
    fig("lượng 3-5 tấn/ha", "3", 3, "measure", "tấn/ha", value_max=5, subject="lượng than sinh học bón"),
    fig("lúa 8-12%", "8", 8, "percent", "%", value_max=12, subject="năng suất lúa tăng"),
    fig("khoảng 30% phát thải", "30", 30, "percent", "%", approx="about", subject="phát thải khí mê-tan giảm"),
    fig("một triệu héc-ta", "một", 1e6, "measure", "héc-ta", optional=True,
        subject="diện tích chuyên canh lúa chất lượng cao và phát thải thấp của Đề án"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="rơm rạ trong vùng đề án được thu gom khỏi đồng ruộng", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '21/03/2024 | 15:10 | Cục Trồng trọt', related links, address footer, licence number.",
    "National figures: location Việt Nam; the list 'Đồng Tháp (31 cơ sở), An Giang (27 cơ sở) và Kiên Giang (15 cơ sở)' gives each item",
    "its province as location and the list's indicator as subject; the list is not a breakdown that adds up to 120: no total.",
    "'mỗi năm ... khoảng 156 triệu tấn' is a yearly amount (tấn/năm); 'trong đó phụ phẩm trồng trọt khoảng 89 triệu tấn' → total 156 triệu.",
    "'Riêng cây lúa để lại ...' → no cue of a part ('riêng'): no total. Standing facts with 'mỗi năm', 'hiện' get no period.",
    "'Nhật Bản và Hàn Quốc chiếm 71% kim ngạch' → a percent figure of its own (the share of two partners), location Việt Nam.",
    "'một triệu héc-ta' is inside the name of the programme (Đề án ... một triệu héc-ta ...): optional (a name, but also a size).",
    "'đến năm 2030, 100% rơm rạ ...' → target, period end 2030-12-31. 'quý III/2024' only dates a plan: not a figure.",
    "Distractors: '15:10', 'năm 2023' in a link title, 'Số 2 Ngọc Hà', 'Giấy phép số 45/GP-TTĐT', 'quý III/2024'.",
]

if __name__ == "__main__":
    write("p1272-4", TEXT, NOTES, FIGS, published="2024-03-21", location="Việt Nam")
