"""p584-3: Ministry site (Bộ NN&PTNT) — national forest-carbon transfers, NDC targets."""
from lib import emit, fig, period, inh

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 09/01/2024 | Lượt xem: 1.274

Chuyển nhượng 10,3 triệu tấn CO2, ngành lâm nghiệp thu về 51,5 triệu USD

Năm 2023, Ngân hàng Thế giới đã chuyển đủ 51,5 triệu USD tiền chi trả cho 10,3 triệu tấn CO2 giảm phát thải từ rừng của 6 tỉnh Bắc Trung Bộ, tương đương khoảng 1.250 tỷ đồng.

Theo Cục Lâm nghiệp, đến ngày 31/12/2023, các tỉnh đã giải ngân 1.056 tỷ đồng, đạt 84,5% tổng số tiền nhận được. Trong đó, Nghệ An giải ngân nhiều nhất với 248,6 tỷ đồng, tiếp đến là Thanh Hóa 196,2 tỷ đồng, Quảng Bình 187,4 tỷ đồng và Thừa Thiên Huế 143,9 tỷ đồng. Khoảng 70% số tiền được chi trả trực tiếp cho hơn 2.700 cộng đồng, hộ gia đình và tổ chức quản lý khoảng 3,1 triệu ha rừng.

Năm 2024, Bộ dự kiến chuyển nhượng tiếp 5,15 triệu tấn CO2 giảm phát thải từ rừng vùng Tây Nguyên và Nam Trung Bộ cho Tổ chức Tài chính lâm nghiệp (Emergent), thu về 51,5 triệu USD. Giá chuyển nhượng theo thỏa thuận là 10 USD/tấn CO2, trong khi giá theo ERPA là 5 USD/tấn.

Theo Đóng góp do quốc gia tự quyết định (NDC) cập nhật, đến năm 2030 Việt Nam phấn đấu giảm 15,8% tổng lượng phát thải khí nhà kính so với kịch bản phát triển thông thường bằng nguồn lực trong nước và giảm 43,5% nếu nhận được hỗ trợ quốc tế. Riêng lĩnh vực lâm nghiệp và sử dụng đất phấn đấu đóng góp giảm khoảng 32 triệu tấn CO2tđ.

Năm 2023, tỷ lệ che phủ rừng toàn quốc đạt 42,02%; mục tiêu giai đoạn 2021-2025 duy trì ổn định ở mức 42-43%.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Bản quyền thuộc Bộ NN&PTNT
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = period("đến ngày 31/12/2023", end="2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T30 = period("đến năm 2030", end="2030-12-31")
GD = period("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
DISB = "tiền chi trả giảm phát thải đã giải ngân"

FIGS = [
    fig("Chuyển nhượng 10,3 triệu tấn", "10,3", 10.3e6, "measure", "tấn CO2", "lượng CO2 chuyển nhượng", inh(Y23)),
    fig("thu về 51,5 triệu USD\n", "51,5", 51.5e6, "money", "USD", "tiền ngành lâm nghiệp thu về", inh(Y23)),
    fig("chuyển đủ 51,5 triệu USD", "51,5", 51.5e6, "money", "USD",
        "tiền chi trả Ngân hàng Thế giới chuyển cho giảm phát thải từ rừng", Y23),
    fig("cho 10,3 triệu tấn", "10,3", 10.3e6, "measure", "tấn CO2", "lượng CO2 giảm phát thải từ rừng được chi trả", Y23),
    fig("của 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh Bắc Trung Bộ"),
    fig("khoảng 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "tiền chi trả giảm phát thải quy đổi", Y23,
        approx="about"),
    fig("giải ngân 1.056 tỷ đồng", "1.056", 1056e9, "money", "đồng", DISB, ASOF, percent=84.5),
    fig("với 248,6 tỷ đồng", "248,6", 248.6e9, "money", "đồng", DISB, inh(ASOF), total=1056e9, location="Nghệ An"),
    fig("Thanh Hóa 196,2 tỷ", "196,2", 196.2e9, "money", "đồng", DISB, inh(ASOF), total=1056e9, location="Thanh Hóa"),
    fig("Quảng Bình 187,4 tỷ", "187,4", 187.4e9, "money", "đồng", DISB, inh(ASOF), total=1056e9, location="Quảng Bình"),
    fig("Thừa Thiên Huế 143,9 tỷ", "143,9", 143.9e9, "money", "đồng", DISB, inh(ASOF), total=1056e9,
        location="Thừa Thiên Huế"),
    fig("Khoảng 70%", "70", 70, "percent", "%", "số tiền được chi trả trực tiếp cho cộng đồng, hộ gia đình và tổ chức",
        inh(ASOF), approx="about"),
    fig("hơn 2.700 cộng đồng", "2.700", 2700, "count", "cộng đồng", "cộng đồng, hộ gia đình và tổ chức được chi trả",
        inh(ASOF), approx="over"),
    fig("khoảng 3,1 triệu ha", "3,1", 3.1e6, "measure", "ha", "diện tích rừng được quản lý", inh(ASOF), approx="about"),
    fig("tiếp 5,15 triệu tấn", "5,15", 5.15e6, "measure", "tấn CO2",
        "lượng CO2 giảm phát thải từ rừng vùng Tây Nguyên và Nam Trung Bộ chuyển nhượng", Y24, status="forecast"),
    fig("(Emergent), thu về 51,5 triệu USD", "51,5", 51.5e6, "money", "USD", "tiền thu về từ chuyển nhượng cho Emergent",
        Y24, status="forecast"),
    fig("là 10 USD/tấn", "10", 10, "money", "USD/tấn CO2", "giá chuyển nhượng theo thỏa thuận"),
    fig("là 5 USD/tấn", "5", 5, "money", "USD/tấn", "giá theo ERPA"),
    fig("giảm 15,8%", "15,8", 15.8, "percent", "%",
        "tổng lượng phát thải khí nhà kính giảm so với kịch bản phát triển thông thường bằng nguồn lực trong nước", T30,
        status="target"),
    fig("giảm 43,5%", "43,5", 43.5, "percent", "%",
        "tổng lượng phát thải khí nhà kính giảm nếu nhận được hỗ trợ quốc tế", T30, status="target"),
    fig("khoảng 32 triệu tấn", "32", 32e6, "measure", "tấn CO2tđ", "lĩnh vực lâm nghiệp và sử dụng đất đóng góp giảm",
        inh(T30), approx="about", status="target"),
    fig("đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", Y23),
    fig("42-43%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", GD, value_max=43, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 09/01/2024 | Lượt xem: 1.274': ERPA payments, disbursement by province, Emergent deal, NDC.",
    "Distractors: Lượt xem 1.274, Số 2 Ngọc Hà, CO2/CO2tđ, dates. Regions (Bắc Trung Bộ, Tây Nguyên) are not provinces: location Việt Nam.",
    "Provinces after 'Trong đó' (across a sentence break) are parts of 1.056 tỷ đồng: total + location. 'tương đương khoảng 1.250 tỷ đồng'",
    "is an equivalent amount (own figure). 'đóng góp giảm khoảng 32 triệu tấn' is its own target figure (no base figure); prices per tonne: money.",
    "Headline figures and 'Khoảng 70%…' sentence: period inherited. 'là 10 USD/tấn CO2' sentence has no period phrase.",
]

if __name__ == "__main__":
    emit("p584-3", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
