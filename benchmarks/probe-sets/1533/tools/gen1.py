"""p1533-1: province portal (Hải Dương): tea-ware output 9 months 2024, Chu Đậu pottery in Nam Sách."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hải Dương: 9 tháng tiêu thụ gần 1,2 triệu sản phẩm ấm chén gốm sứ

Cập nhật: 15/10/2024 10:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, các cơ sở gốm sứ trên địa bàn tỉnh sản xuất và tiêu thụ khoảng 1,18 triệu sản phẩm ấm chén, bộ ấm trà các loại, tăng 12,5% so với cùng kỳ năm 2023, bằng 78% kế hoạch năm. Trong đó, có 420.000 bộ ấm trà men rạn, 165.000 ấm tích vẽ lam và 595.000 chén các loại.

Doanh thu từ sản phẩm ấm chén 9 tháng ước đạt 186 tỷ đồng, tăng 15,2%. Kim ngạch xuất khẩu đạt 2,4 triệu USD, chiếm 32% tổng doanh thu, chủ yếu sang Nhật Bản và Hàn Quốc.

Gốm Chu Đậu tại huyện Nam Sách hiện có 27 cơ sở sản xuất, gồm 9 doanh nghiệp và 18 hộ kinh doanh, giải quyết việc làm cho hơn 650 lao động với thu nhập từ 7 đến 9 triệu đồng/người/tháng. Riêng Công ty TNHH Gốm Thái Tân Xanh đã xuất xưởng 96.000 bộ ấm chén, gấp 1,5 lần cùng kỳ, và đang lắp đặt thêm hai lò nung gas dung tích 12 m3/lò.

Quý IV, ngành công thương phấn đấu tiêu thụ thêm khoảng 330.000 sản phẩm, đưa sản lượng cả năm đạt trên 1,5 triệu sản phẩm; dự kiến tổ chức 3 đợt quảng bá tại Hà Nội và TP Hồ Chí Minh.

Tin liên quan:
- Hải Dương ban hành Quyết định số 2150/QĐ-UBND về phát triển làng nghề
- Hội chợ OCOP tỉnh Hải Dương lần thứ 3 năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NS = "Nam Sách"

FIGS = [
    fig("gần 1,2 triệu", "1,2", 1.2e6, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm ấm chén gốm sứ tiêu thụ", period=NINE_H),
    fig("khoảng 1,18 triệu", "1,18", 1.18e6, "count", "sản phẩm", approx="about", percent=78,
        change=chg("increase", 12.5, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm ấm chén, bộ ấm trà các loại sản xuất và tiêu thụ", period=NINE),
    fig("có 420.000 bộ", "420.000", 420000, "count", "bộ", total=1.18e6,
        subject="bộ ấm trà men rạn", period=inh(NINE)),
    fig("165.000 ấm tích", "165.000", 165000, "count", "ấm tích", total=1.18e6,
        subject="ấm tích vẽ lam", period=inh(NINE)),
    fig("595.000 chén", "595.000", 595000, "count", "chén", total=1.18e6,
        subject="chén các loại", period=inh(NINE)),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate",
        change=chg("increase", 15.2), subject="doanh thu từ sản phẩm ấm chén", period=NINE_S),
    fig("đạt 2,4 triệu USD", "2,4", 2.4e6, "money", "USD", percent=32,
        subject="kim ngạch xuất khẩu", period=inh(NINE)),
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất gốm Chu Đậu", location=NS),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp sản xuất gốm Chu Đậu", location=NS),
    fig("và 18 hộ", "18", 18, "count", "hộ kinh doanh", total=27,
        subject="hộ kinh doanh sản xuất gốm Chu Đậu", location=NS),
    fig("hơn 650 lao động", "650", 650, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm", location=NS),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động", location=NS),
    fig("xuất xưởng 96.000 bộ", "96.000", 96000, "count", "bộ",
        change=chg("increase", 1.5, "lần", "cùng kỳ"),
        subject="bộ ấm chén Công ty TNHH Gốm Thái Tân Xanh xuất xưởng", period=inh(NINE), location=NS),
    fig("thêm hai lò", "hai", 2, "count", "lò nung", subject="lò nung gas lắp đặt thêm", location=NS),
    fig("dung tích 12 m3/lò", "12", 12, "measure", "m3/lò", subject="dung tích lò nung gas", location=NS),
    fig("thêm khoảng 330.000", "330.000", 330000, "count", "sản phẩm", approx="about", status="target",
        subject="sản phẩm tiêu thụ thêm", period=Q4),
    fig("trên 1,5 triệu", "1,5", 1.5e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", status="forecast", subject="đợt quảng bá", period=Q4),
]

NOTES = [
    "Province portal (Hải Dương): tea-ware output 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 10:35 | Lượt xem: 1.864', related links.",
    "Distractors: 10:35, Lượt xem 1.864, Quyết định số 2150/QĐ-UBND, 'lần thứ 3', 'năm 2024' in a link title.",
    "'Trong đó' parts after a sentence break add up to the whole (420+165+595 = 1.180 nghìn): total 1,18 triệu; period inherited.",
    "'bằng 78% kế hoạch năm' is the percent attribute; 'gấp 1,5 lần cùng kỳ' after 96.000 bộ is a change in 'lần'.",
    "The Chu Đậu passage (huyện Nam Sách) gives Nam Sách to its figures; the rest stays Hải Dương.",
    "'Quý IV' (year-less) takes 2024; 'phấn đấu' governs the continuing clause (cả năm) → target; 'dự kiến' clause → forecast, same sentence period Quý IV.",
]

if __name__ == "__main__":
    write("p1533-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Hải Dương")
