"""p1332-2: district portal (huyện Mường Khương, Lào Cai): electricity-bill support for poor households, Q1/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Chi trả hỗ trợ tiền điện quý I/2024 cho hơn 3.100 hộ
16/04/2024 - 10:20

Thực hiện Quyết định số 28/2014/QĐ-TTg của Thủ tướng Chính phủ, trong quý I/2024, huyện Mường Khương đã chi trả tiền hỗ trợ điện cho 3.126 hộ, giảm 214 hộ so với quý IV/2023, trong đó 2.874 hộ nghèo và 252 hộ chính sách xã hội; tổng kinh phí hơn 508 triệu đồng.

Mức hỗ trợ hằng tháng tương đương tiền điện sử dụng 30 kWh tính theo giá bán lẻ điện sinh hoạt bậc 1 (1.806 đồng/kWh, chưa gồm thuế giá trị gia tăng), tức 54.180 đồng/hộ/tháng. Mỗi hộ được nhận 162.540 đồng trong quý I.

Tiền hỗ trợ được chuyển khoản trực tiếp cho 1.985 hộ, chiếm 63,5%; số hộ còn lại nhận tiền mặt tại UBND 16 xã, thị trấn. So với năm 2023, tỷ lệ chi trả qua tài khoản tăng gần 20 điểm phần trăm.

Theo Điện lực Mường Khương, hiện toàn huyện có khoảng 14.600 khách hàng sử dụng điện sinh hoạt; tỷ lệ hộ dân sử dụng điện lưới quốc gia đạt 99,8%, còn khoảng ba chục hộ ở thôn vùng cao chưa có điện lưới. Sản lượng điện thương phẩm quý I/2024 đạt 9,84 triệu kWh, tăng 12,3% so với cùng kỳ; hóa đơn tiền điện sinh hoạt bình quân khoảng 185.000 đồng/hộ/tháng.

Năm 2024, huyện phấn đấu 100% hộ dân có điện lưới quốc gia, đầu tư 2 trạm biến áp mới tại thôn Lùng Cẩu và thôn Sả Chải.

Nguồn: Phòng Lao động - Thương binh và Xã hội huyện
Tin khác:
- Mường Khương ra quân Tháng Thanh niên năm 2024
Bản quyền thuộc UBND huyện Mường Khương
Địa chỉ: Tổ dân phố số 2, thị trấn Mường Khương | Điện thoại: 0214.3881.239
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("quý I", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cho hơn 3.100 hộ", "3.100", 3100, "count", "hộ", approx="over",
        subject="hộ được chi trả hỗ trợ tiền điện", period=Q1),
    fig("cho 3.126 hộ", "3.126", 3126, "count", "hộ", change=chg("decrease", 214, "hộ", "quý IV/2023"),
        subject="hộ được chi trả tiền hỗ trợ điện", period=Q1),
    fig("đó 2.874 hộ", "2.874", 2874, "count", "hộ", total=3126,
        subject="hộ nghèo được chi trả tiền hỗ trợ điện", period=Q1),
    fig("và 252 hộ", "252", 252, "count", "hộ", total=3126,
        subject="hộ chính sách xã hội được chi trả tiền hỗ trợ điện", period=Q1),
    fig("hơn 508 triệu", "508", 508e6, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ tiền điện", period=Q1),
    fig("sử dụng 30 kWh", "30", 30, "measure", "kWh",
        subject="mức hỗ trợ hằng tháng tương đương tiền điện sử dụng"),
    fig("(1.806 đồng", "1.806", 1806, "money", "đồng/kWh",
        subject="giá bán lẻ điện sinh hoạt bậc 1"),
    fig("tức 54.180 đồng", "54.180", 54180, "money", "đồng/hộ/tháng",
        subject="mức hỗ trợ tiền điện hằng tháng"),
    fig("nhận 162.540 đồng", "162.540", 162540, "money", "đồng/hộ",
        subject="tiền hỗ trợ mỗi hộ được nhận", period=Q1b),
    fig("cho 1.985 hộ", "1.985", 1985, "count", "hộ", percent=63.5,
        subject="hộ được chuyển khoản trực tiếp tiền hỗ trợ", period=inh(Q1)),
    fig("UBND 16 xã", "16", 16, "count", "xã, thị trấn",
        subject="xã, thị trấn chi trả tiền mặt"),
    fig("tăng gần 20 điểm", "20", 20, "measure", "điểm phần trăm", approx="nearly",
        subject="tỷ lệ chi trả qua tài khoản tăng so với năm 2023"),
    fig("khoảng 14.600 khách", "14.600", 14600, "count", "khách hàng", approx="about",
        subject="khách hàng sử dụng điện sinh hoạt"),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%",
        subject="tỷ lệ hộ dân sử dụng điện lưới quốc gia"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about",
        subject="hộ ở thôn vùng cao chưa có điện lưới"),
    fig("đạt 9,84 triệu", "9,84", 9.84e6, "measure", "kWh", change=chg("increase", 12.3, "%", "cùng kỳ"),
        subject="sản lượng điện thương phẩm", period=Q1),
    fig("khoảng 185.000 đồng", "185.000", 185000, "money", "đồng/hộ/tháng", approx="about",
        subject="hóa đơn tiền điện sinh hoạt bình quân", period=Q1),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hộ dân có điện lưới quốc gia", period=Y24),
    fig("đầu tư 2 trạm", "2", 2, "count", "trạm biến áp", status="target",
        subject="trạm biến áp mới đầu tư", period=Y24),
]

NOTES = [
    "District portal (huyện Mường Khương, Lào Cai): electricity-bill support (hỗ trợ tiền điện) for poor and social-policy households, quý I/2024.",
    "Dateline '16/04/2024 - 10:20' under the headline. Distractors: Quyết định số 28/2014/QĐ-TTg, 'bậc 1' (tier name), 'quý IV/2023' (baseline),",
    "'Tổ dân phố số 2', phone 0214.3881.239, 'năm 2024' in a related link, 10:20.",
    "All figures are located in the district (a national tariff quoted for the district's support is the district's figure, as the article's place).",
    "'giảm 214 hộ so với quý IV/2023' is the change of 3.126 hộ; 2.874 and 252 after 'trong đó' take total 3.126.",
    "'Mỗi hộ được nhận 162.540 đồng trong quý I' → unit đồng/hộ (rate written with 'mỗi'), period quý I (year-less → 2024).",
    "'chiếm 63,5%' is the percent attribute of 1.985 hộ (no part-of cue, so no total); 'tăng gần 20 điểm phần trăm' stands alone as the claim:",
    "a measure in điểm phần trăm with no change object (like a growth rate that is the claim). 'khoảng ba chục hộ' = 30, about.",
    "'hiện' sentence: no period. 'sản lượng ... quý I/2024' and the ';' clause (bill) take quý I/2024. 'Năm 2024 ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1332-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Mường Khương")
