"""p1164-5: Báo Sơn La (Party newspaper), Mộc Châu dairy farms supplying school milk."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Bò sữa Mộc Châu "tiếp sức" cho sữa học đường

Năm 2024, huyện Mộc Châu có 1.240 hộ chăn nuôi bò sữa với tổng đàn gần 29.500 con, sản lượng sữa tươi ước đạt 142.000 tấn, tăng 9,3% so với năm 2023, trong đó khoảng 18.600 tấn được chế biến thành sữa tiệt trùng phục vụ Chương trình Sữa học đường. Lượng sữa tươi dành cho sữa học đường hiện gấp 3 lần năm 2019.

Dọc Quốc lộ 6 qua xã Đông Sang, những trang trại bò sữa nối nhau trên các đồi cỏ. Gia đình anh Vũ Văn Thành ở tiểu khu 64 hiện nuôi 85 con bò sữa, trong đó 48 con đang cho sữa. Năng suất bình quân đạt 23 kg sữa/con/ngày, gấp 1,5 lần mức bình quân cả nước. Mỗi ngày trang trại giao cho nhà máy hơn 1,1 tấn sữa với giá thu mua 14.500 đồng/kg; trừ chi phí, gia đình lãi khoảng 1,2 tỷ đồng mỗi năm.

"Từ khi có đơn hàng sữa học đường, đầu ra ổn định hơn, bà con yên tâm đầu tư chuồng trại, trồng cỏ", anh Thành chia sẻ.

Nhà máy chế biến sữa tại xã Đông Sang có công suất 500 tấn sữa tươi/ngày, riêng dây chuyền sữa học đường đạt 60 triệu hộp/năm. Sản phẩm được bổ sung vi chất theo quy định của Bộ Y tế, cung ứng cho các trường mầm non, tiểu học trong và ngoài tỉnh.

Huyện phấn đấu đến năm 2030 đàn bò sữa đạt 40.000 con, sản lượng sữa tươi đạt 220.000 tấn, gắn với liên kết tiêu thụ bền vững cho hộ chăn nuôi.

Quàng Hạnh
18/12/2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
FARM = "trang trại gia đình anh Vũ Văn Thành"

FIGS = [
    fig("có 1.240 hộ", "1.240", 1240, "count", "hộ", subject="hộ chăn nuôi bò sữa", period=Y24),
    fig("gần 29.500 con", "29.500", 29500, "count", "con", approx="nearly",
        subject="tổng đàn bò sữa", period=Y24),
    fig("ước đạt 142.000 tấn", "142.000", 142000, "measure", "tấn", status="estimate",
        change=chg("increase", 9.3, "%", "năm 2023"), subject="sản lượng sữa tươi", period=Y24),
    fig("khoảng 18.600 tấn", "18.600", 18600, "measure", "tấn", approx="about", total=142000,
        status="estimate",
        subject="sữa tươi chế biến thành sữa tiệt trùng phục vụ Chương trình Sữa học đường", period=Y24),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="lượng sữa tươi dành cho sữa học đường so với năm 2019"),
    fig("nuôi 85 con", "85", 85, "count", "con", subject="bò sữa của " + FARM),
    fig("48 con", "48", 48, "count", "con", total=85, subject="bò đang cho sữa của " + FARM),
    fig("đạt 23 kg", "23", 23, "measure", "kg/con/ngày",
        change=chg("increase", 1.5, "lần", "mức bình quân cả nước"),
        subject="năng suất sữa bình quân của " + FARM),
    fig("hơn 1,1 tấn", "1,1", 1.1, "measure", "tấn/ngày", approx="over",
        subject="sữa " + FARM + " giao cho nhà máy mỗi ngày"),
    fig("14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", subject="giá thu mua sữa tươi"),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", approx="about",
        subject="lãi của gia đình anh Vũ Văn Thành mỗi năm"),
    fig("công suất 500 tấn", "500", 500, "measure", "tấn/ngày",
        subject="công suất nhà máy chế biến sữa tại xã Đông Sang"),
    fig("60 triệu hộp/năm", "60", 60e6, "measure", "hộp/năm",
        subject="công suất dây chuyền sữa học đường"),
    fig("đạt 40.000 con", "40.000", 40000, "count", "con", status="target",
        subject="đàn bò sữa", period=TO30),
    fig("đạt 220.000 tấn", "220.000", 220000, "measure", "tấn", status="target",
        subject="sản lượng sữa tươi", period=TO30),
]

NOTES = [
    "Party newspaper (Báo Sơn La): byline 'Quàng Hạnh' and bare date '18/12/2024' at the end (published). All figures describe Mộc Châu.",
    "Distractors: Quốc lộ 6, 'tiểu khu 64' (a hamlet name), the closing date.",
    "'trong đó khoảng 18.600 tấn' continues the 'ước đạt' clause: estimate, total 142.000 tấn.",
    "'hiện gấp 3 lần năm 2019' stands alone as the claim: a multiple. 'gấp 1,5 lần mức bình quân cả nước' after 23 kg: its change.",
    "Per-day and per-year flows keep the denominator in the unit (kg/con/ngày, tấn/ngày, hộp/năm, đồng/năm).",
    "The farm passage has no period of its own ('hiện', 'mỗi ngày'); '1,1 tấn' is 1.1 as written (the multiplier is in the unit).",
]

if __name__ == "__main__":
    write("p1164-5", TEXT, NOTES, FIGS, published="2024-12-18", location="Mộc Châu")
