"""p533-4: Bộ Y tế ministry site — national fertility, sex ratio at birth, ageing, 2030 targets."""
from lib import emit, fig, per, inh

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Dân số - Kế hoạch hóa gia đình
Ngày đăng: 11/07/2024 | Lượt xem: 1.962

Ngày Dân số Thế giới 11/7: Mức sinh của Việt Nam tiếp tục giảm

Theo số liệu của Tổng cục Thống kê, năm 2023 dân số Việt Nam đạt 100,3 triệu người; Việt Nam là quốc gia đông dân thứ 3 khu vực Đông Nam Á và thứ 15 thế giới. Tổng tỷ suất sinh năm 2023 là 1,96 con/phụ nữ, thấp hơn mức sinh thay thế (2,1 con/phụ nữ) và giảm so với mức 2,01 con/phụ nữ của năm 2022.

Mức sinh có sự khác biệt lớn giữa các vùng. TP. Hồ Chí Minh có mức sinh thấp nhất cả nước với 1,32 con/phụ nữ, tiếp đến là Bình Dương 1,42 con/phụ nữ và Bà Rịa - Vũng Tàu 1,49 con/phụ nữ; trong khi Hà Tĩnh có mức sinh cao nhất với 2,71 con/phụ nữ.

Tỷ số giới tính khi sinh năm 2023 là 112 bé trai/100 bé gái; có 21 tỉnh, thành phố có tỷ số cao hơn mức bình quân cả nước, cao nhất là Hưng Yên (117,9), Bắc Ninh (117,4) và Hải Dương (116,3).

Việt Nam đang bước vào giai đoạn già hóa dân số với khoảng 14,2 triệu người cao tuổi, chiếm 14,1% dân số; chỉ số già hóa là 60,2%. Tuổi thọ trung bình là 73,7 tuổi, trong đó nam 71,1 tuổi, nữ 76,5 tuổi.

Theo Chương trình điều chỉnh mức sinh phù hợp các vùng, đối tượng đến năm 2030 ban hành kèm Quyết định số 588/QĐ-TTg, phấn đấu đến năm 2030 duy trì tổng tỷ suất sinh ở mức 2,1 con/phụ nữ, giảm 10% chênh lệch mức sinh giữa nông thôn và thành thị; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái.

Cục Dân số - Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TFR = "con/phụ nữ"
SRB = "bé trai/100 bé gái"

FIGS = [
    fig("đạt 100,3 triệu người", "100,3", 100300000, "count", "người", "dân số Việt Nam", Y23),
    fig("đông dân thứ 3", "3", 3, "rank", "hạng", "quốc gia đông dân khu vực Đông Nam Á", Y23),
    fig("và thứ 15 thế giới", "15", 15, "rank", "hạng", "quốc gia đông dân thế giới", Y23),
    fig("là 1,96 con/phụ nữ", "1,96", 1.96, "measure", TFR, "tổng tỷ suất sinh", Y23),
    fig("(2,1 con/phụ nữ)", "2,1", 2.1, "measure", TFR, "mức sinh thay thế", optional=True),
    fig("mức 2,01 con/phụ nữ", "2,01", 2.01, "measure", TFR, "tổng tỷ suất sinh", Y22),
    fig("với 1,32 con/phụ nữ", "1,32", 1.32, "measure", TFR, "mức sinh", inh(Y23), location="Hồ Chí Minh"),
    fig("Bình Dương 1,42", "1,42", 1.42, "measure", TFR, "mức sinh", inh(Y23), location="Bình Dương"),
    fig("Vũng Tàu 1,49", "1,49", 1.49, "measure", TFR, "mức sinh", inh(Y23), location="Bà Rịa - Vũng Tàu"),
    fig("với 2,71 con/phụ nữ", "2,71", 2.71, "measure", TFR, "mức sinh", inh(Y23), location="Hà Tĩnh"),
    fig("là 112 bé trai", "112", 112, "measure", SRB, "tỷ số giới tính khi sinh", Y23),
    fig("có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        "tỉnh, thành phố có tỷ số giới tính khi sinh cao hơn mức bình quân cả nước", Y23),
    fig("Hưng Yên (117,9)", "117,9", 117.9, "measure", SRB, "tỷ số giới tính khi sinh", Y23, location="Hưng Yên"),
    fig("Bắc Ninh (117,4)", "117,4", 117.4, "measure", SRB, "tỷ số giới tính khi sinh", Y23, location="Bắc Ninh"),
    fig("Hải Dương (116,3)", "116,3", 116.3, "measure", SRB, "tỷ số giới tính khi sinh", Y23, location="Hải Dương"),
    fig("khoảng 14,2 triệu", "14,2", 14200000, "count", "người cao tuổi", "người cao tuổi", inh(Y23),
        approx="about", percent=14.1),
    fig("là 60,2%", "60,2", 60.2, "percent", "%", "chỉ số già hóa", inh(Y23)),
    fig("là 73,7 tuổi", "73,7", 73.7, "measure", "tuổi", "tuổi thọ trung bình", inh(Y23)),
    fig("nam 71,1 tuổi", "71,1", 71.1, "measure", "tuổi", "tuổi thọ trung bình của nam", inh(Y23)),
    fig("nữ 76,5 tuổi", "76,5", 76.5, "measure", "tuổi", "tuổi thọ trung bình của nữ", inh(Y23)),
    fig("mức 2,1 con/phụ nữ", "2,1", 2.1, "measure", TFR, "tổng tỷ suất sinh", T30, status="target"),
    fig("giảm 10% chênh lệch", "10", 10, "percent", "%", "giảm chênh lệch mức sinh giữa nông thôn và thành thị",
        T30, status="target"),
    fig("dưới 109 bé trai", "109", 109, "measure", SRB, "tỷ số giới tính khi sinh", T30,
        approx="under", status="target"),
]

COMMENTS = [
    "Bộ Y tế portal: Ngày Dân số Thế giới 11/7 — national TFR 2022/2023, provinces' TFR and SRB, ageing, life expectancy, 2030 targets (invented).",
    "Distractors: 'Ngày Dân số Thế giới 11/7', 'Lượt xem: 1.962', 'Quyết định số 588/QĐ-TTg', address '138A Giảng Võ', '100 bé gái' denominators,",
    "and 'đến năm 2030' inside the programme's name (the target sentence states its own 'đến năm 2030').",
    "'thứ 3 ... và thứ 15 thế giới' are ranks (hạng). '(2,1 con/phụ nữ)' = the replacement level, a reference value: optional.",
    "'giảm so với mức 2,01 con/phụ nữ của năm 2022' is the 2022 value (its own figure, period 2022), not a change amount.",
    "Provinces in lists go to location; bracketed SRB values '(117,9)' take the indicator's unit. Life expectancy of nam/nữ after 'trong đó'",
    "is not a part of 73,7 tuổi (not additive, cf. shared h14 sector rates): no total. '14,2 triệu ..., chiếm 14,1%' carries percent 14.1.",
    "'giảm 10% chênh lệch mức sinh' is a target rate that is the claim: percent figure, no change.",
]

if __name__ == "__main__":
    emit("p533-4", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
