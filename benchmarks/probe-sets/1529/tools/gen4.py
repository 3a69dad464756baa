"""p1529-4: provincial newspaper (Báo Nghệ An): chổi đót craft village Quỳnh Thạch, huyện Quỳnh Lưu."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Nghệ An
Kinh tế > Làng nghề

Làng chổi đót Quỳnh Thạch giữ nghề, mở lối ra thị trường

Thứ Hai, 17/03/2025 - 07:45

(Baonghean.vn) - Từ nghề phụ lúc nông nhàn, làm chổi đót đã giúp hàng trăm hộ dân xã Quỳnh Thạch (huyện Quỳnh Lưu) có thu nhập ổn định, nhiều hộ sắm được máy ép, máy khâu cán chổi.

Xã Quỳnh Thạch hiện có 312 hộ làm chổi đót, trong đó gần ba chục hộ làm quy mô lớn, có xưởng riêng. Năm 2024, làng nghề sản xuất khoảng 1,35 triệu chiếc chổi các loại, doanh thu đạt trên 27 tỷ đồng, tăng 12,5% so với năm 2023. Thu nhập bình quân của lao động làm chổi đạt 5,5 triệu đồng/tháng, cao hơn 1,3 triệu đồng so với lao động nông nghiệp.

Bà Hồ Thị Lan, chủ cơ sở chổi đót Lan Hưng, cho biết mỗi tháng cơ sở tiêu thụ từ 12.000 đến 15.000 chiếc, chủ yếu bán cho các siêu thị và đại lý ở Hà Nội, TP Hồ Chí Minh. "Cơ sở đang giải quyết việc làm cho 18 lao động, dịp Tết phải thuê thêm 10 người làm thời vụ", bà Lan nói.

Nguyên liệu đót chủ yếu thu mua từ các huyện miền núi Quỳ Châu, Quế Phong và từ Lào; giá năm nay khoảng 14.000 đồng/kg đót khô, tăng gần 20% so với năm trước. 2 tháng đầu năm 2025, làng nghề đã xuất bán hơn 260.000 chiếc chổi, bằng 19% kế hoạch năm.

Theo ông Nguyễn Đình Tám, Chủ tịch UBND xã Quỳnh Thạch, xã phấn đấu đến năm 2026 có 2 sản phẩm chổi đạt OCOP 3 sao và đưa doanh thu làng nghề lên 35 tỷ đồng/năm.

Tags: làng nghề, chổi đót, Quỳnh Lưu

Hồng Nhung
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
TWO = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
TO26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("hàng trăm hộ", "trăm", 100, "count", "hộ", approx="over", subject="hộ dân có thu nhập ổn định từ nghề làm chổi đót",
        optional=True),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ làm chổi đót"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly", total=312,
        subject="hộ làm quy mô lớn, có xưởng riêng"),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", approx="about",
        subject="chổi các loại làng nghề sản xuất", period=Y24),
    fig("trên 27 tỷ", "27", 27e9, "money", "đồng", approx="over",
        change=chg("increase", 12.5, "%", "năm 2023"), subject="doanh thu làng nghề", period=Y24),
    fig("đạt 5,5 triệu", "5,5", 5.5e6, "money", "đồng/tháng",
        change=chg("increase", 1.3e6, "đồng", "lao động nông nghiệp"),
        subject="thu nhập bình quân của lao động làm chổi", period=inh(Y24)),
    fig("từ 12.000 đến 15.000", "12.000", 12000, "measure", "chiếc/tháng", value_max=15000,
        subject="chổi cơ sở chổi đót Lan Hưng tiêu thụ mỗi tháng"),
    fig("cho 18 lao động", "18", 18, "count", "lao động", subject="lao động cơ sở giải quyết việc làm"),
    fig("thêm 10 người", "10", 10, "count", "người", subject="người làm thời vụ thuê thêm dịp Tết"),
    fig("khoảng 14.000 đồng", "14.000", 14000, "money", "đồng/kg", approx="about",
        change=chg("increase", 20, "%", "năm trước", approx="nearly"), subject="giá đót khô", period=NOW),
    fig("hơn 260.000 chiếc", "260.000", 260000, "count", "chiếc", approx="over", percent=19,
        subject="chổi làng nghề xuất bán", period=TWO),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm chổi đạt OCOP 3 sao", period=TO26),
    fig("lên 35 tỷ", "35", 35e9, "money", "đồng/năm", status="target",
        subject="doanh thu làng nghề", period=TO26),
]

NOTES = [
    "Provincial newspaper (Báo Nghệ An): section breadcrumb, 'Thứ Hai, 17/03/2025 - 07:45', tag '(Baonghean.vn) -', sapo, quote, tags, byline at the end.",
    "Distractors: 07:45, 'OCOP 3 sao', the name 'Nguyễn Đình Tám' (tám = eight), 'năm 2023'/'năm trước' as baselines.",
    "All figures are about xã Quỳnh Thạch and a workshop there: location Quỳnh Lưu (the district). Hà Nội, TP HCM are buyers' places, Quỳ Châu, Quế Phong, Lào are sources.",
    "Sapo 'hàng trăm hộ dân' is optional: a vague number word (approx over, value 100).",
    "'gần ba chục hộ' after 'trong đó' is part of the 312 hộ: value 30, nearly. 'cao hơn 1,3 triệu đồng so với lao động nông nghiệp' is a change in đồng.",
    "'mỗi tháng ... từ 12.000 đến 15.000 chiếc' is a rate: measure, chiếc/tháng. 'bằng 19% kế hoạch năm' → percent 19.",
    "'năm nay' → 2025 (published). '2 tháng đầu năm 2025' ends 2025-02-28. 'phấn đấu đến năm 2026' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1529-4", TEXT, NOTES, FIGS, published="2025-03-17", location="Quỳnh Lưu")
