"""p1312-4: Party newspaper (Báo Ninh Thuận, NTO): me Thái in huyện Thuận Nam."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO NINH THUẬN ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Me Thái bén rễ trên đất Thuận Nam

HOÀNG AN 07:45, 22/03/2025

(NTO) - Được đưa vào trồng thử nghiệm từ năm 2017, hiện huyện Thuận Nam đã có 86 ha me Thái, cho thu nhập cao gấp 3-4 lần so với trồng mì.

Gia đình anh Đặng Văn Lợi ở thôn Văn Lâm 3, xã Phước Nam trồng 2,5 ha me Thái với khoảng 600 cây. Vụ vừa qua, vườn me cho gần 9 tấn quả; với giá bán bình quân 45.000 đồng/kg, trừ chi phí anh lãi trên 250 triệu đồng. "Me Thái ngọt, ít sâu bệnh, chịu hạn tốt, lại được thương lái đặt mua từ khi còn trên cây", anh Lợi chia sẻ.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, năm 2024 toàn huyện thu hoạch 410 tấn me Thái, doanh thu ước đạt 18,5 tỷ đồng. Riêng xã Phước Nam có 38 ha, chiếm 44% diện tích me Thái của huyện. Thuận Nam hiện đứng thứ hai trong tỉnh về diện tích me, sau huyện Ninh Phước.

Hiện giá me Thái tại các vườn ở Thuận Nam từ 40.000 đến 55.000 đồng/kg tùy loại, cao gấp đôi me chua. Công ty TNHH Thực phẩm Phan Rang tại TP Phan Rang - Tháp Chàm mỗi năm thu mua khoảng 150 tấn me Thái để chế biến me sấy dẻo, me cam thảo; sản phẩm "Me sấy Phan Rang 3 vị" đã đạt OCOP 3 sao.

Tỉnh đặt mục tiêu đến năm 2030 phát triển 300 ha me Thái, tập trung tại các huyện Thuận Nam, Ninh Phước và Ninh Sơn.

HOÀNG AN

Từ khóa: me Thái, Thuận Nam, OCOP
Bài viết cùng chuyên mục:
- Ninh Phước: Nông dân thu hoạch nho vụ 3
- Đường ĐT 708 qua xã Phước Nam được nâng cấp
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đã có 86 ha", "86", 86, "measure", "ha", subject="diện tích me Thái"),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="thu nhập từ me Thái so với trồng mì"),
    fig("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích me Thái gia đình anh Đặng Văn Lợi trồng"),
    fig("khoảng 600 cây", "600", 600, "count", "cây", approx="about", subject="cây me Thái của gia đình anh Lợi"),
    fig("gần 9 tấn", "9", 9, "measure", "tấn", approx="nearly", subject="sản lượng quả vườn me"),
    fig("bình quân 45.000", "45.000", 45000, "money", "đồng/kg", subject="giá bán bình quân"),
    fig("trên 250 triệu", "250", 250e6, "money", "đồng", approx="over", subject="tiền lãi của anh Lợi sau khi trừ chi phí"),
    fig("thu hoạch 410 tấn", "410", 410, "measure", "tấn", subject="me Thái toàn huyện thu hoạch", period=Y24),
    fig("ước đạt 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", status="estimate", subject="doanh thu từ me Thái",
        period=Y24),
    fig("có 38 ha", "38", 38, "measure", "ha", percent=44, subject="diện tích me Thái xã Phước Nam"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích me trong tỉnh"),
    fig("từ 40.000 đến 55.000", "40.000", 40000, "money", "đồng/kg", value_max=55000,
        change=chg("increase", 2, "lần", "me chua"), subject="giá me Thái tại các vườn"),
    fig("khoảng 150 tấn", "150", 150, "measure", "tấn/năm", approx="about",
        subject="me Thái Công ty TNHH Thực phẩm Phan Rang thu mua mỗi năm", location="Phan Rang - Tháp Chàm"),
    fig("triển 300 ha", "300", 300, "measure", "ha", status="target", subject="diện tích me Thái", period=BY30,
        location="Ninh Thuận"),
]

NOTES = [
    "Party newspaper (Báo Ninh Thuận): section menu, headline, byline + 'HOÀNG AN 07:45, 22/03/2025' (published), tag '(NTO) -', tags, related.",
    "Distractors: 'năm 2017' (start of the trial, not a period of the 86 ha: 'hiện'), 'thôn Văn Lâm 3', 'Me sấy Phan Rang 3 vị',",
    "'OCOP 3 sao', 'vụ 3' and 'ĐT 708' in related links, 07:45.",
    "Default location Thuận Nam (the district the article is about; xã Phước Nam lies in it). The firm in TP Phan Rang - Tháp Chàm",
    "→ that city; the province's target → Ninh Thuận.",
    "'cho thu nhập cao gấp 3-4 lần so với trồng mì' has no base amount: a multiple figure of its own (3, value_max 4, lần).",
    "'cao gấp đôi me chua' after a price range → change (increase, 2 lần, baseline 'me chua'). 'đứng thứ hai' → rank 2.",
    "'Riêng xã Phước Nam có 38 ha, chiếm 44% ...' → percent attribute 44; no period (a stock). 'Vụ vừa qua' is not datable.",
    "'mỗi năm thu mua khoảng 150 tấn' → rate tấn/năm. 'doanh thu ước đạt' → estimate; the 410 tấn clause before it stays actual.",
]

if __name__ == "__main__":
    write("p1312-4", TEXT, NOTES, FIGS, published="2025-03-22", location="Thuận Nam")
