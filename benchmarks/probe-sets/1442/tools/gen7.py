"""p1442-7: news agency (Vietnam+/TTXVN), frozen bánh chưng and bánh tét exports of a firm in Đức Hòa, Long An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ (VIETNAMPLUS)
Kinh tế › Doanh nghiệp
Thứ Năm, 16/01/2025 - 14:05

Bánh chưng, bánh tét Việt theo chân kiều bào đón Tết

Hơn 30 tấn bánh chưng, bánh tét của một doanh nghiệp ở Long An đã được xuất sang Mỹ, Australia, Nhật Bản và Hàn Quốc để phục vụ cộng đồng người Việt dịp Tết Ất Tỵ.

(TTXVN/Vietnam+) - Công ty cổ phần Thực phẩm Sen Vàng tại Khu công nghiệp Đức Hòa 1 (huyện Đức Hòa, tỉnh Long An) cho biết, từ tháng 10/2024 đến nay công ty đã xuất khẩu 32,5 tấn bánh chưng, bánh tét cấp đông, tăng 18% so với cùng kỳ. Trong đó, thị trường Mỹ chiếm 45%, Australia 25%, Nhật Bản và Hàn Quốc 30%. Kim ngạch xuất khẩu của đợt hàng Tết ước đạt khoảng 780.000 USD.

Theo ông Võ Thành Tâm, Phó Tổng Giám đốc công ty, mỗi chiếc bánh xuất khẩu nặng 500 gram, được hút chân không và cấp đông, bảo quản được 6 tháng; giá xuất bình quân 12 USD/chiếc. Năm 2024, công ty sản xuất tổng cộng 1,6 triệu chiếc bánh các loại, doanh thu đạt 96 tỷ đồng, sử dụng 350 lao động.

Theo Sở Công Thương Long An, năm 2024 toàn tỉnh có 5 doanh nghiệp xuất khẩu bánh chưng, bánh tét với kim ngạch gần 2,1 triệu USD, tăng 25% so với năm 2023. Tỉnh phấn đấu đến năm 2030 đưa kim ngạch xuất khẩu nhóm sản phẩm này đạt 5 triệu USD/năm.

Tin liên quan:
- Xuất khẩu nông sản năm 2024 lập kỷ lục mới
- Long An: Hội chợ Tết Ất Tỵ 2025 thu hút đông khách
"""

SINCE = per("từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-16")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
DH = "Đức Hòa"
LA = "Long An"

FIGS = [
    fig("Hơn 30 tấn", "30", 30, "measure", "tấn", approx="over",
        subject="bánh chưng, bánh tét của một doanh nghiệp đã được xuất", location=LA),
    fig("xuất khẩu 32,5 tấn", "32,5", 32.5, "measure", "tấn", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="bánh chưng, bánh tét cấp đông công ty đã xuất khẩu", period=SINCE),
    fig("chiếm 45%", "45", 45, "percent", "%", subject="thị trường Mỹ", period=inh(SINCE)),
    fig("Australia 25%", "25", 25, "percent", "%", subject="thị trường Australia", period=inh(SINCE)),
    fig("Hàn Quốc 30%", "30", 30, "percent", "%", subject="thị trường Nhật Bản và Hàn Quốc", period=inh(SINCE)),
    fig("khoảng 780.000 USD", "780.000", 780000, "money", "USD", approx="about", status="estimate",
        subject="kim ngạch xuất khẩu của đợt hàng Tết"),
    fig("nặng 500 gram", "500", 500, "measure", "gram/chiếc", subject="trọng lượng mỗi chiếc bánh xuất khẩu"),
    fig("được 6 tháng", "6", 6, "measure", "tháng", subject="thời gian bảo quản bánh"),
    fig("bình quân 12 USD", "12", 12, "money", "USD/chiếc", subject="giá xuất bình quân"),
    fig("1,6 triệu chiếc", "1,6", 1.6e6, "count", "chiếc", subject="bánh các loại công ty sản xuất", period=Y24),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", subject="doanh thu công ty", period=Y24),
    fig("350 lao động", "350", 350, "count", "lao động", subject="lao động công ty sử dụng", period=Y24),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu bánh chưng, bánh tét",
        period=Y24b, location=LA),
    fig("gần 2,1 triệu", "2,1", 2.1e6, "money", "USD", approx="nearly",
        change=chg("increase", 25, "%", "năm 2023"), subject="kim ngạch xuất khẩu bánh chưng, bánh tét",
        period=Y24b, location=LA),
    fig("đạt 5 triệu", "5", 5e6, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu nhóm sản phẩm bánh chưng, bánh tét", period=TO30, location=LA),
]

NOTES = [
    "News agency (Vietnam+/TTXVN): section breadcrumb, 'Thứ Năm, 16/01/2025 - 14:05', sapo, tag '(TTXVN/Vietnam+) -', related links.",
    "Distractors: 'Khu công nghiệp Đức Hòa 1', '14:05', 'năm 2024' and 'Ất Tỵ 2025' in link titles.",
    "The firm (KCN Đức Hòa 1, huyện Đức Hòa) → location Đức Hòa; sapo and Sở Công Thương figures → Long An.",
    "Export markets (Mỹ, Australia, Nhật Bản, Hàn Quốc) are trade partners, never the location; their shares are percent figures whose",
    "subject is the market as the sentence names it; they continue the period of the previous sentence (inherited, not scored).",
    "'mỗi chiếc bánh ... nặng 500 gram' → gram/chiếc; 'bảo quản được 6 tháng' is a shelf life (measure, tháng), not a period.",
    "'đến năm 2030 ... đạt 5 triệu USD/năm' → target, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1442-7", TEXT, NOTES, FIGS, published="2025-01-16", location=DH)
