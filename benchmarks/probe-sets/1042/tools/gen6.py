"""p1042-6: national newspaper (VnExpress style), tiền thuê đất TP HCM tăng theo bảng giá đất điều chỉnh, 11/2024."""
from lib import F, P, I, C, build

TEXT = """
Kinh doanh › Bất động sản
Thứ năm, 14/11/2024, 06:00 (GMT+7)

Tiền thuê đất của doanh nghiệp tăng gấp 4 lần

Nhiều doanh nghiệp ở TP HCM nhận thông báo tiền thuê đất năm 2025 tăng mạnh sau khi bảng giá đất điều chỉnh có hiệu lực từ ngày 31/10.

Ông Nguyễn Văn Tư, giám đốc một công ty cơ khí thuê 1,2 ha đất tại quận 12, cho biết đơn vị vừa nhận thông báo tiền thuê đất năm 2025 khoảng 3,6 tỷ đồng, tăng gấp 4 lần so với năm nay. "Lợi nhuận năm 2023 của công ty chỉ khoảng 2 tỷ đồng, không đủ để nộp tiền thuê đất", ông nói.

Theo Sở Tài nguyên và Môi trường TP HCM, bảng giá đất điều chỉnh có mức cao nhất 687,2 triệu đồng/m2 tại các đường Đồng Khởi, Nguyễn Huệ, Lê Lợi, gấp khoảng 4,2 lần bảng giá cũ. Thành phố hiện có khoảng 7.400 hợp đồng thuê đất trả tiền hằng năm với tổng diện tích hơn 6.500 ha.

Theo Nghị định số 103/2024/NĐ-CP, đơn giá thuê đất hằng năm bằng tỷ lệ phần trăm nhân với giá đất. TP HCM áp dụng tỷ lệ 2% đối với đất thương mại, dịch vụ tại các quận và 1% tại các huyện. Để giảm áp lực, Sở Tài chính dự kiến trình UBND thành phố khống chế mức tăng tiền thuê đất không quá 30% so với năm trước.

Năm 2024, TP HCM ước thu tiền thuê đất 5.950 tỷ đồng, đạt 104% dự toán. Theo dự báo của ngành thuế, năm 2025 số thu này có thể vượt 9.000 tỷ đồng nếu áp dụng bảng giá mới.

Vũ Lê
"""

TY = 1e9

FIGS = [
    F("tăng gấp 4 lần\n", "4", 4, "multiple", "lần", "tiền thuê đất của doanh nghiệp"),
    F("thuê 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích đất công ty cơ khí thuê", location="Quận 12"),
    F("khoảng 3,6 tỷ đồng", "3,6", 3.6 * TY, "money", "đồng", "tiền thuê đất năm 2025 của công ty",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about",
      change=C("increase", 4, unit="lần", baseline="năm nay"), location="Quận 12"),
    F("khoảng 2 tỷ đồng", "2", 2 * TY, "money", "đồng", "lợi nhuận năm 2023 của công ty",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Quận 12"),
    F("687,2 triệu đồng/m2", "687,2", 687.2e6, "money", "đồng/m2", "mức giá cao nhất của bảng giá đất điều chỉnh",
      change=C("increase", 4.2, unit="lần", baseline="bảng giá cũ", approx="about")),
    F("khoảng 7.400 hợp đồng", "7.400", 7400, "count", "hợp đồng", "hợp đồng thuê đất trả tiền hằng năm",
      approx="about"),
    F("hơn 6.500 ha", "6.500", 6500, "measure", "ha", "tổng diện tích thuê đất trả tiền hằng năm", approx="over"),
    F("tỷ lệ 2%", "2", 2, "percent", "%", "tỷ lệ tính đơn giá thuê đất đối với đất thương mại, dịch vụ tại các quận"),
    F("và 1% tại", "1", 1, "percent", "%", "tỷ lệ tính đơn giá thuê đất đối với đất thương mại, dịch vụ tại các huyện"),
    F("không quá 30%", "30", 30, "percent", "%", "mức tăng tiền thuê đất", approx="at_most", status="forecast"),
    F("thuê đất 5.950 tỷ đồng", "5.950", 5950 * TY, "money", "đồng", "thu tiền thuê đất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), percent=104, status="estimate"),
    F("vượt 9.000 tỷ đồng", "9.000", 9000 * TY, "money", "đồng", "số thu tiền thuê đất",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "National newspaper (VnExpress style): TP HCM land rent rising under the adjusted land-price table (11/2024).",
    "Headline 'tăng gấp 4 lần' stands alone as the claim: a multiple. In the body the same ratio follows 3,6 tỷ: its change (lần).",
    "'gấp khoảng 4,2 lần bảng giá cũ' after 687,2 triệu đồng/m2 is its change (spec silent on bare 'gấp' after an amount).",
    "'quận 12' is a district name (not a figure); the company's figures take it as location. 'Nguyễn Văn Tư' (tư = 4) is a name.",
    "'Sở Tài chính dự kiến trình … không quá 30%' → forecast, at_most. 'Theo dự báo … có thể vượt 9.000 tỷ' → forecast.",
    "revised: default location 'TP HCM' -> 'TP Hồ Chí Minh' (shared gold names the city in full when the text abbreviates it).",
    "Distractors: dateline with weekday and GMT+7, 'ngày 31/10', Nghị định số 103/2024/NĐ-CP, byline 'Vũ Lê'.",
]

if __name__ == "__main__":
    build("p1042-6", TEXT, FIGS, COMMENTS, published="2024-11-14", location="TP Hồ Chí Minh")
