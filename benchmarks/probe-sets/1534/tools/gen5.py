"""p1534-5: national newspaper: ceramic pot and vase exports 10 months 2024; a factory in Tân Uyên (Bình Dương)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 8/11/2024, 09:20 (GMT+7)

Chậu gốm, lọ hoa xuất khẩu hồi phục nhờ đơn hàng cuối năm

Kim ngạch xuất khẩu gốm sứ 10 tháng tăng gần 9%, nhiều nhà máy ở Bình Dương đã kín đơn hàng đến Tết.

Theo số liệu của Tổng cục Hải quan, 10 tháng đầu năm 2024, kim ngạch xuất khẩu sản phẩm gốm sứ của cả nước đạt 528 triệu USD, tăng 8,7% so với cùng kỳ năm 2023. Mỹ là thị trường lớn nhất với 168 triệu USD, chiếm 31,8%; tiếp đến là Nhật Bản 92 triệu USD và Hà Lan 41 triệu USD. Riêng nhóm chậu cảnh, lọ hoa trang trí đạt khoảng 236 triệu USD.

Tại Công ty CP Gốm Đông Phú ở TP Tân Uyên (Bình Dương), ba lò nung tuy-nen và một lò gas chạy liên tục. Ông Phạm Quốc Huy, Giám đốc, cho biết năm nay công ty dự kiến xuất 420 container chậu gốm, tăng 15% so với năm 2023, doanh thu khoảng 180 tỷ đồng. Nhà máy có 650 công nhân; mẫu chậu men rạn mã DP-350 bán chạy nhất.

"Đơn giá năm nay giảm khoảng 5-7% vì phải cạnh tranh với hàng Trung Quốc, nhưng số đơn hàng tăng", ông Huy nói.

Theo Hiệp hội Gốm sứ Bình Dương, tỉnh có khoảng 200 doanh nghiệp và cơ sở sản xuất gốm, hơn 80% sản phẩm dành cho xuất khẩu. Bộ Công Thương đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu gốm sứ cả nước đạt 1 tỷ USD.

Thanh Tâm
"""

TEN_H = per("10 tháng", "2024-01-01", "2024-10-31")
TEN = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
TU, BD = "Tân Uyên", "Bình Dương"

FIGS = [
    fig("tăng gần 9%", "9", 9, "percent", "%", approx="nearly",
        subject="kim ngạch xuất khẩu gốm sứ", period=TEN_H),
    fig("đạt 528 triệu", "528", 528e6, "money", "USD", change=chg("increase", 8.7, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm gốm sứ", period=TEN),
    fig("với 168 triệu", "168", 168e6, "money", "USD", percent=31.8,
        subject="kim ngạch xuất khẩu gốm sứ sang Mỹ", period=inh(TEN)),
    fig("Nhật Bản 92 triệu", "92", 92e6, "money", "USD",
        subject="kim ngạch xuất khẩu gốm sứ sang Nhật Bản", period=inh(TEN)),
    fig("Hà Lan 41 triệu", "41", 41e6, "money", "USD",
        subject="kim ngạch xuất khẩu gốm sứ sang Hà Lan", period=inh(TEN)),
    fig("khoảng 236 triệu", "236", 236e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu nhóm chậu cảnh, lọ hoa trang trí", period=inh(TEN)),
    fig("ba lò nung", "ba", 3, "count", "lò", subject="lò nung tuy-nen", location=TU),
    fig("một lò gas", "một", 1, "count", "lò", subject="lò gas", location=TU),
    fig("xuất 420 container", "420", 420, "count", "container", status="forecast",
        change=chg("increase", 15, "%", "năm 2023"), subject="chậu gốm công ty xuất", period=NOW, location=TU),
    fig("khoảng 180 tỷ", "180", 180e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu công ty", period=NOW, location=TU),
    fig("có 650 công nhân", "650", 650, "count", "công nhân", subject="công nhân nhà máy", location=TU),
    fig("khoảng 5-7%", "5", 5, "percent", "%", value_max=7, approx="about",
        subject="đơn giá", period=NOW, location=TU),
    fig("khoảng 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp và cơ sở sản xuất gốm", location=BD),
    fig("hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="tỷ lệ sản phẩm dành cho xuất khẩu", location=BD),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gốm sứ cả nước", period=TO30),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 8/11/2024, 09:20 (GMT+7)', sapo with a growth rate, quote, byline at the end.",
    "Distractors: 09:20, '(GMT+7)', 'mã DP-350' (a product code), 'cùng kỳ năm 2023' (a baseline).",
    "Sapo '10 tháng tăng gần 9%' is a growth rate as the claim (percent, nearly, no change); '10 tháng' takes 2024 from the dateline.",
    "Trade partners (Mỹ, Nhật Bản, Hà Lan) are not places: location Việt Nam; the partner is kept in the subject.",
    "'Riêng nhóm chậu cảnh ... khoảng 236 triệu USD': 'Riêng' is no part-of cue → no total.",
    "Company in TP Tân Uyên: location Tân Uyên; 'năm nay ... dự kiến' governs 420 container and 180 tỷ (forecast).",
    "Association figures of the province: Bình Dương. Ministry target 'đến năm 2030 ... cả nước': Việt Nam, start null.",
]

if __name__ == "__main__":
    write("p1534-5", TEXT, NOTES, FIGS, published="2024-11-08", location="Việt Nam")
