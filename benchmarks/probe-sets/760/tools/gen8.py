"""p760-8: Sở Y tế Đà Nẵng site ('Ngày cập nhật'), hospital newborn hearing screening 9 months 2023, USD grant, 2025 target."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG
Tin hoạt động ngành
Ngày cập nhật 21/11/2023

Bệnh viện Phụ sản - Nhi Đà Nẵng sàng lọc thính lực cho 14.230 trẻ sơ sinh trong 9 tháng

9 tháng năm 2023, Bệnh viện Phụ sản - Nhi Đà Nẵng đã sàng lọc thính lực cho 14.230 trẻ sơ sinh, đạt 98,6% số trẻ sinh tại bệnh viện, tăng 5,2% so với cùng kỳ. Trong đó, riêng quý III sàng lọc 5.112 trẻ, cao nhất từ trước đến nay. Ước cả năm 2023, bệnh viện sẽ sàng lọc khoảng 19.000 trẻ.

Tỷ lệ trẻ có kết quả sàng lọc lần đầu không đạt là 2,4%, giảm xuống còn 0,35% sau lần đo thứ hai. Bệnh viện đã chẩn đoán xác định 31 trẻ nghe kém, trong đó 22 trẻ có địa chỉ tại Đà Nẵng và 9 trẻ đến từ tỉnh Quảng Nam. Tỷ lệ trẻ nghe kém bẩm sinh được phát hiện tại bệnh viện khoảng 2,2 trẻ/1.000 trẻ sinh sống.

Hiện bệnh viện có 4 máy đo âm ốc tai (OAE) và 2 máy đo điện thính giác thân não tự động (AABR). Dự án "Nghe để nói" do tổ chức Hearing Children Foundation (Hoa Kỳ) tài trợ 45.000 USD, tương đương khoảng 1,1 tỷ đồng, đã hỗ trợ 20 máy trợ thính cho trẻ có hoàn cảnh khó khăn.

Bệnh viện phấn đấu đến năm 2025 có trên 80% trẻ nghe kém được can thiệp trước 6 tháng tuổi, theo nguyên tắc "1-3-6" được khuyến cáo quốc tế.

Bệnh viện Phụ sản - Nhi Đà Nẵng, số 402 Lê Văn Hiến, quận Ngũ Hành Sơn; điện thoại: 0236.3957.777.
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    fig("cho 14.230 trẻ sơ sinh trong 9 tháng", "14.230", 14230, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc thính lực",
        per("trong 9 tháng", "2023-01-01", "2023-09-30")),
    fig("cho 14.230 trẻ sơ sinh, đạt", "14.230", 14230, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc thính lực", M9,
        percent=98.6, change=chg("increase", 5.2, baseline="cùng kỳ")),
    fig("sàng lọc 5.112 trẻ", "5.112", 5112, "count", "trẻ", "trẻ được sàng lọc thính lực", per("quý III", "2023-07-01", "2023-09-30"),
        total=14230),
    fig("khoảng 19.000 trẻ", "19.000", 19000, "count", "trẻ", "trẻ được sàng lọc thính lực cả năm",
        per("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    fig("không đạt là 2,4%", "2,4", 2.4, "percent", "%", "tỷ lệ trẻ có kết quả sàng lọc lần đầu không đạt", inh(M9)),
    fig("còn 0,35%", "0,35", 0.35, "percent", "%", "tỷ lệ trẻ có kết quả sàng lọc không đạt sau lần đo thứ hai", inh(M9)),
    fig("xác định 31 trẻ", "31", 31, "count", "trẻ", "trẻ nghe kém được chẩn đoán xác định", inh(M9)),
    fig("trong đó 22 trẻ", "22", 22, "count", "trẻ", "trẻ nghe kém có địa chỉ tại Đà Nẵng", inh(M9), total=31),
    fig("và 9 trẻ", "9", 9, "count", "trẻ", "trẻ nghe kém đến từ tỉnh Quảng Nam", inh(M9), total=31, location="Quảng Nam"),
    fig("khoảng 2,2 trẻ", "2,2", 2.2, "measure", "trẻ/1.000 trẻ sinh sống", "tỷ lệ trẻ nghe kém bẩm sinh được phát hiện tại bệnh viện",
        inh(M9), approx="about"),
    fig("có 4 máy", "4", 4, "count", "máy đo âm ốc tai", "máy đo âm ốc tai (OAE)"),
    fig("và 2 máy", "2", 2, "count", "máy đo điện thính giác thân não", "máy đo điện thính giác thân não tự động (AABR)"),
    fig("tài trợ 45.000 USD", "45.000", 45000, "money", "USD", "Dự án \"Nghe để nói\" được tài trợ"),
    fig("khoảng 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "Dự án \"Nghe để nói\" được tài trợ (quy đổi)", approx="about"),
    fig("hỗ trợ 20 máy", "20", 20, "count", "máy trợ thính", "máy trợ thính hỗ trợ cho trẻ có hoàn cảnh khó khăn"),
    fig("trên 80% trẻ", "80", 80, "percent", "%", "trẻ nghe kém được can thiệp trước 6 tháng tuổi",
        per("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    fig("trước 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", approx="under", optional=True),
]

COMMENTS = [
    "Sở Y tế Đà Nẵng site, 'Ngày cập nhật 21/11/2023' (= published): Bệnh viện Phụ sản - Nhi, newborn hearing screening 9 months 2023.",
    "Headline '9 tháng' takes 2023 from the update date. 'riêng quý III … 5.112 trẻ' after 'Trong đó' is a part of 14.230 (quý III of 2023).",
    "'Ước cả năm 2023 … khoảng 19.000 trẻ' estimate. '2,4%, giảm xuống còn 0,35%' — two level figures, no change (0,35% is where it fell to).",
    "'9 trẻ đến từ tỉnh Quảng Nam' takes location Quảng Nam; Hoa Kỳ is a donor's country, not a place of a figure.",
    "'45.000 USD, tương đương khoảng 1,1 tỷ đồng' — the equivalent is its own money figure (as h01 / p469 treat 'tương đương').",
    "Distractors: nguyên tắc \"1-3-6\" (a name), 'lần đo thứ hai', '1.000 trẻ sinh sống' (rate denominator), address 'số 402 Lê Văn Hiến', phone.",
]

if __name__ == "__main__":
    emit("p760-8", TEXT, COMMENTS, FIGS, published="2023-11-21", location="Đà Nẵng")
